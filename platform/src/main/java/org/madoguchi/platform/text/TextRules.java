package org.madoguchi.platform.text;

import java.util.Optional;

/**
 * What text a request may carry, decided once for every service: no U+0000 (PostgreSQL refuses it) and no
 * other C0 control character or DEL, no unpaired surrogate (it cannot be stored as UTF-8), and nothing
 * longer than a limit. Tab, carriage return and line feed are text, but only in fields that hold several
 * lines; a field of one line (a name, a code, a title) refuses them too ({@link SingleLine}).
 */
public final class TextRules {

    /** Problem code of a control character in a field. */
    public static final String CONTROL_CHARACTER = "text-control-character";
    /** Problem code of an unpaired surrogate in a field. */
    public static final String UNPAIRED_SURROGATE = "text-unpaired-surrogate";
    /** Problem code of a field longer than the limit. */
    public static final String TOO_LONG = "text-too-long";
    /** Problem code of a line break or tab in a field of one line. */
    public static final String LINE_BREAK = "single-line";

    private TextRules() {
    }

    /**
     * The code of the first rule the text breaks, or empty when it is acceptable text.
     *
     * @param multiLine whether tab, CR and LF are allowed
     * @param maxLength the most characters (UTF-16 code units) allowed
     */
    public static Optional<String> check(CharSequence text, boolean multiLine, int maxLength) {
        if (text.length() > maxLength) {
            return Optional.of(TOO_LONG);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n') {
                if (!multiLine) {
                    return Optional.of(LINE_BREAK);
                }
            } else if (c < 0x20 || c == 0x7f) {
                return Optional.of(CONTROL_CHARACTER);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Optional.of(UNPAIRED_SURROGATE);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(UNPAIRED_SURROGATE);
            }
        }
        return Optional.empty();
    }
}
