package org.madoguchi.procedures.domain.model;

import java.text.Normalizer;

import org.madoguchi.platform.failure.InvalidInput;

/** Rules the registry applies to free text: trimmed, NFC, within a length. */
final class Text {

    private Text() {
    }

    /** The trimmed text, or {@code null} when it is absent or blank. */
    static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Checks a required text: present and not longer than {@code max} characters. */
    static String required(InvalidInput.Collector errors, String field, String value, int max) {
        String text = optional(value);
        if (text == null) {
            errors.add(field, "not-blank");
            return null;
        }
        return max(errors, field, text, max);
    }

    /** Checks an optional text: not longer than {@code max} characters. */
    static String optional(InvalidInput.Collector errors, String field, String value, int max) {
        return max(errors, field, optional(value), max);
    }

    private static String max(InvalidInput.Collector errors, String field, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            errors.add(field, "too-long", max);
        }
        return text;
    }
}
