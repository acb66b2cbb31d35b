package org.madoguchi.procedures.application.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.procedures.application.port.in.FuriganaQueries;
import org.madoguchi.procedures.application.port.in.FuriganaQuery;
import org.madoguchi.procedures.application.port.out.ReadingDictionary;
import org.madoguchi.procedures.domain.model.Furigana;

/** Reads texts for furigana: the dictionary cuts each into words, the domain lays the readings over its kanji. */
@ApplicationScoped
class FuriganaQueryService implements FuriganaQueries {

    private final ReadingDictionary dictionary;

    FuriganaQueryService(ReadingDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public List<Furigana> furigana(FuriganaQuery query) {
        return query.items().stream()
                .map(item -> Furigana.of(item.text(), item.text().isEmpty() ? List.of() : dictionary.words(item.text()),
                        item.reading()))
                .toList();
    }
}
