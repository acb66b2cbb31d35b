package org.madoguchi.notification.domain.model;

import java.util.Objects;

/**
 * The words people read for a value of this context (a kind of notification, a channel), in Japanese, the
 * city's language, and in English.
 *
 * @param ja Japanese
 * @param en English
 */
public record BilingualLabel(String ja, String en) {

    public BilingualLabel {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    /** The words in a language. */
    public String in(Language language) {
        return language == Language.EN ? en : ja;
    }
}
