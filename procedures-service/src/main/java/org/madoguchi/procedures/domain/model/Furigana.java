package org.madoguchi.procedures.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 振り仮名: a text cut into segments, each segment that holds kanji with its reading in hiragana (the ruby a page
 * shows over it), every other segment plain. The segments concatenate to the text exactly: spaces, punctuation,
 * Latin letters and numbers stay as they are, in segments of their own without reading. Okurigana, the kana written
 * after or between kanji (届け, 申し込み), stay plain too, so the ruby covers only the kanji: 届(とど)け.
 * <p>
 * The readings come from the registry's よみがな where it stores one, else from a dictionary, word by word. The
 * stored reading always wins: where the dictionary reads the text the same way, the stored reading is put over the
 * dictionary's words; where it reads it otherwise (a place name: 鹿野町 is しかのちょう, the dictionary says かのまち),
 * the stored reading lies over the kanji as a whole, with only the kana it can be anchored to left plain. A word the
 * dictionary does not know gets no reading rather than a wrong one.
 *
 * @param text     the text
 * @param segments its segments, in order; none for an empty text
 */
public record Furigana(String text, List<Segment> segments) {

    public Furigana {
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
        StringBuilder joined = new StringBuilder(text.length());
        segments.forEach(segment -> joined.append(segment.text()));
        if (!joined.toString().equals(text)) {
            throw new IllegalArgumentException("the segments do not concatenate to the text");
        }
    }

    /**
     * The furigana of a text from its words as the dictionary reads them, and the reading the registry stores for it.
     *
     * @param text          the text
     * @param words         the text's words as the dictionary reads them; they concatenate to the text
     * @param storedReading the stored よみがな of the whole text, in hiragana or katakana (spaces and ・ aside); {@code null}
     *                      or blank when there is none, and taken as none when it is not kana
     * @throws IllegalArgumentException when the words do not concatenate to the text
     */
    public static Furigana of(String text, List<WordReading> words, String storedReading) {
        Objects.requireNonNull(text, "text");
        StringBuilder joined = new StringBuilder(text.length());
        words.forEach(word -> joined.append(word.text()));
        if (!joined.toString().equals(text)) {
            throw new IllegalArgumentException("the words do not concatenate to the text");
        }
        String stored = ReadingAlignment.spelled(storedReading);
        if (stored != null && Script.hasKanji(text)
                && !ReadingAlignment.unspaced(stored).equals(ReadingAlignment.readingOf(words))) {
            return new Furigana(text, ReadingAlignment.segments(text, stored));
        }
        List<Segment> segments = new ArrayList<>();
        for (WordReading word : words) {
            segments.addAll(ReadingAlignment.segments(word.text(), word.reading()));
        }
        return new Furigana(text, segments);
    }

    /** The furigana of a text from the dictionary alone. */
    public static Furigana of(String text, List<WordReading> words) {
        return of(text, words, null);
    }

    /**
     * One segment of a text.
     *
     * @param text    its characters, never empty
     * @param reading its reading in hiragana (the prolonged sound mark ー included), only on a segment that holds
     *                kanji; {@code null}: shown plain
     */
    public record Segment(String text, String reading) {

        public Segment {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a segment has at least one character");
            }
            if (reading != null) {
                if (!Script.hasKanji(text)) {
                    throw new IllegalArgumentException("only a segment with kanji has a reading");
                }
                if (!isHiragana(reading)) {
                    throw new IllegalArgumentException("a reading is written in hiragana");
                }
            }
        }

        /** A segment shown as it is. */
        public static Segment plain(String text) {
            return new Segment(text, null);
        }

        /** Whether the text is a reading: one or more hiragana, with ー as the prolonged sound mark. */
        public static boolean isHiragana(String reading) {
            return !reading.isEmpty() && reading.chars()
                    .allMatch(c -> (c >= 0x3041 && c <= 0x3096) || c == 'ゝ' || c == 'ゞ' || c == 'ー');
        }
    }
}
