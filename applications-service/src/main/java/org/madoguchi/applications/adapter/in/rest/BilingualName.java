package org.madoguchi.applications.adapter.in.rest;

import java.util.Locale;

/**
 * A name or sentence people read, in both languages; English falls back to Japanese where nobody gave one.
 *
 * @param ja Japanese
 * @param en English
 */
public record BilingualName(String ja, String en) {

    /** The name in Japanese, and in English if there is an English one. */
    static BilingualName of(String ja, String en) {
        return new BilingualName(ja, en == null || en.isBlank() ? ja : en);
    }

    /** The text in the given language: English for English, else Japanese. */
    String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
    }
}
