package org.madoguchi.procedures.application.port.in;

import java.util.List;

import org.madoguchi.procedures.domain.model.Furigana;

/**
 * ふりがな表示: readings over the kanji of what citizen pages show, for children, older residents and residents still
 * learning Japanese. Public: the texts are the registry's public labels.
 */
public interface FuriganaQueries {

    /**
     * The furigana of each text, in the order given: from the reading the registry stores for it where there is one,
     * else from the dictionary.
     */
    List<Furigana> furigana(FuriganaQuery query);
}
