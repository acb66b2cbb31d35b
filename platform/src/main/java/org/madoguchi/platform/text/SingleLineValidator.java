package org.madoguchi.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLine}: one line of acceptable text; the length is left to {@code @Size}. */
public class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || TextRules.check(value, false, Integer.MAX_VALUE).isEmpty();
    }
}
