package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;

import org.madoguchi.procedures.application.port.in.FuriganaQuery;

/**
 * Texts to read for furigana.
 *
 * @param items up to 200 texts, in the order the page shows them
 */
public record ReadingsRequest(List<TextRequest> items) {

    static final ReadingsRequest EMPTY = new ReadingsRequest(null);

    FuriganaQuery query() {
        return new FuriganaQuery(items == null ? null
                : items.stream().map(item -> item == null ? null : new FuriganaQuery.Item(item.text(), item.reading()))
                        .toList());
    }
}
