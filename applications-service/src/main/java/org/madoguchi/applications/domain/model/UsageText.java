package org.madoguchi.applications.domain.model;

import java.text.Normalizer;
import java.util.Map;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * The rules for the names the usage statistics show (a category, a breakdown row): one line of text, NFC,
 * trimmed, within a length; and the key by which two spellings of one name are the same name.
 */
final class UsageText {

    /** The longest name, in characters. */
    static final int MAX_LENGTH = 200;

    /**
     * Characters that Shift_JIS as Windows writes it (CP932) carries as another one (〜 as ～, − as －): a
     * name typed in a CP932 spreadsheet is the same name as the one stored.
     */
    private static final Map<Character, Character> CP932_FORMS = Map.of('\u301C', '\uFF5E', '\u2212', '\uFF0D',
            '\u2016', '\u2225', '\u2014', '\u2015', '\u00A2', '\uFFE0', '\u00A3', '\uFFE1', '\u00AC', '\uFFE2',
            '\u00A6', '\uFFE4');

    private UsageText() {
    }

    /** A name as stored: NFC and trimmed; {@code null} when absent or blank. */
    static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Checks a name, adding each broken rule under {@code field}; returns it as stored.
     *
     * @param required whether a blank name is refused
     */
    static String name(InvalidInput.Collector errors, String field, String value, boolean required) {
        String name = optional(value);
        if (name == null) {
            if (required) {
                errors.add(field, "not-blank");
            }
            return null;
        }
        if (name.length() > MAX_LENGTH) {
            errors.add(field, "text-too-long", MAX_LENGTH);
            return name;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n') {
                errors.add(field, "single-line");
                return name;
            }
            if (c < 0x20 || c == 0x7f) {
                errors.add(field, "text-control-character");
                return name;
            }
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                errors.add(field, "text-unpaired-surrogate");
                return name;
            }
        }
        return name;
    }

    /**
     * The key two names are compared by: NFKC (so （コロナ） and (コロナ), ＡＢＣ and ABC are one name), with the
     * characters CP932 carries differently taken as the ones it carries, and inner runs of spaces as one.
     */
    static String key(String name) {
        StringBuilder carried = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            carried.append(CP932_FORMS.getOrDefault(c, c));
        }
        return Normalizer.normalize(carried, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }
}
