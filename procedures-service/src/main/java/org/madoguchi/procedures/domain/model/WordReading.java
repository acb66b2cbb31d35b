package org.madoguchi.procedures.domain.model;

import java.util.Objects;

/**
 * 語の読み: one word of a text as a dictionary reads it: its letters as they stand in the text, and its reading in
 * hiragana, or none when the dictionary does not know the word.
 *
 * @param text    the word as written, never empty
 * @param reading its reading; given in hiragana or katakana, kept in hiragana; {@code null} when unknown, and when
 *                what the dictionary gives is not kana (the "reading" of a punctuation mark is the mark itself)
 */
public record WordReading(String text, String reading) {

    public WordReading {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a word has at least one character");
        }
        reading = ReadingAlignment.unspaced(ReadingAlignment.spelled(reading));
    }

    /** A word the dictionary has no reading for. */
    public static WordReading unknown(String text) {
        return new WordReading(text, null);
    }
}
