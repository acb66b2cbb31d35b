package org.madoguchi.procedures.domain.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * One field of a form, with the rules an answer must keep.
 *
 * @param key       stable key of the answer, e.g. {@code birthDate}
 * @param label     label shown to citizens, in Japanese
 * @param labelEn   label in English; {@code null} when not translated
 * @param type      what kind of value it takes
 * @param required  whether an answer is required (for {@link FieldType#CONSENT}: the box must be ticked)
 * @param minLength shortest answer; only for text, long text and address
 * @param maxLength longest answer; only for text, long text and address
 * @param pattern   regular expression the whole answer must match; only for text and long text
 * @param choices   the options of a single or multiple choice, in order
 */
public record FieldDefinition(String key, String label, String labelEn, FieldType type, boolean required,
        Integer minLength, Integer maxLength, String pattern, List<String> choices) {

    private static final Pattern KEY = Pattern.compile("^[a-z][a-zA-Z0-9_]{0,63}$");
    /** Longest answer any text field may allow. */
    public static final int MAX_LENGTH = 10_000;
    /** Most choices a field may offer. */
    public static final int MAX_CHOICES = 100;

    public FieldDefinition {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (key == null || key.isBlank()) {
            errors.add("key", "not-blank");
        } else if (!KEY.matcher(key).matches()) {
            errors.add("key", "field-key-format");
        }
        label = Text.required(errors, "label", label, 200);
        labelEn = Text.optional(errors, "labelEn", labelEn, 200);
        if (type == null) {
            errors.add("type", "not-blank");
            errors.throwIfAny();
        }
        checkLength(errors, type, minLength, maxLength);
        pattern = Text.optional(pattern);
        if (pattern != null) {
            if (!type.takesPattern()) {
                errors.add("pattern", "not-for-field-type", type.label().ja(), type.label().en());
            } else if (pattern.length() > 500) {
                errors.add("pattern", "too-long", 500);
            } else {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException invalid) {
                    errors.add("pattern", "invalid-pattern");
                }
            }
        }
        choices = checkChoices(errors, type, choices);
        errors.throwIfAny();
    }

    private static void checkLength(InvalidInput.Collector errors, FieldType type, Integer min, Integer max) {
        if ((min != null || max != null) && !type.takesLength()) {
            errors.add(min != null ? "minLength" : "maxLength", "not-for-field-type", type.label().ja(),
                    type.label().en());
            return;
        }
        if (min != null && (min < 0 || min > MAX_LENGTH)) {
            errors.add("minLength", "out-of-range", 0, MAX_LENGTH);
        }
        if (max != null && (max < 1 || max > MAX_LENGTH)) {
            errors.add("maxLength", "out-of-range", 1, MAX_LENGTH);
        }
        if (min != null && max != null && min > max) {
            errors.add("maxLength", "max-below-min", min);
        }
    }

    private static List<String> checkChoices(InvalidInput.Collector errors, FieldType type, List<String> choices) {
        List<String> given = choices == null ? List.of() : choices;
        if (!type.takesChoices()) {
            if (!given.isEmpty()) {
                errors.add("choices", "not-for-field-type", type.label().ja(), type.label().en());
            }
            return List.of();
        }
        if (given.size() < 2 || given.size() > MAX_CHOICES) {
            errors.add("choices", "choices-count", 2, MAX_CHOICES);
        }
        List<String> cleaned = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String choice = Text.optional(given.get(i));
            if (choice == null) {
                errors.add("choices[" + i + "]", "not-blank");
            } else if (choice.length() > 200) {
                errors.add("choices[" + i + "]", "too-long", 200);
            } else if (!seen.add(choice)) {
                errors.add("choices[" + i + "]", "duplicate-choice");
            }
            cleaned.add(choice);
        }
        return List.copyOf(cleaned.stream().filter(c -> c != null).toList());
    }
}
