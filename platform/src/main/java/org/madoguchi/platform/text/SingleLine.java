package org.madoguchi.platform.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A field of one line (a name, a code, a title): besides the rules every text keeps ({@link TextRules}), it
 * holds no tab, carriage return or line feed. {@code null} is valid; combine with {@code @NotBlank} where a
 * value is required. The field error's code is {@code single-line}, worded by the platform's problem bundle.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface SingleLine {

    String message() default "{org.madoguchi.platform.text.SingleLine.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
