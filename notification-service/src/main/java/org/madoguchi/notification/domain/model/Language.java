package org.madoguchi.notification.domain.model;

import java.util.Locale;
import java.util.Optional;

/** The language a person reads notifications in: Japanese first, English second. */
public enum Language {
    JA("ja"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, {@code ja} or {@code en}. */
    public String tag() {
        return tag;
    }

    /** The language of a tag such as {@code en-GB}; empty for a language the city does not write in. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
