package org.madoguchi.procedures.adapter.in.rest;

import java.util.Locale;

import org.madoguchi.procedures.domain.model.BilingualLabel;

/**
 * Text shown to people, in both languages: a label of the registry or a sentence of a report.
 *
 * @param ja Japanese
 * @param en English
 */
public record BilingualText(String ja, String en) {

    static BilingualText of(BilingualLabel label) {
        return label == null ? null : new BilingualText(label.ja(), label.en());
    }

    /** The text in the given language: English for English, else Japanese. */
    String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
    }
}
