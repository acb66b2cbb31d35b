package org.madoguchi.procedures.application.port.out;

import java.util.List;

import org.madoguchi.procedures.domain.model.WordReading;

/**
 * 読みの辞書: reads Japanese text word by word, so that furigana can be put over the kanji of names, titles and
 * labels the registry stores no reading for.
 */
public interface ReadingDictionary {

    /**
     * The words of a text in order, concatenating to it exactly (spaces, punctuation, Latin letters and numbers
     * included, as words of their own without reading), each with its reading when the dictionary knows the word;
     * none for an empty text.
     */
    List<WordReading> words(String text);
}
