package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;

import org.madoguchi.procedures.domain.model.Furigana;

/**
 * The furigana of the texts asked for.
 *
 * @param items one per text, in the order asked
 */
public record ReadingsResponse(List<FuriganaResponse> items) {

    static ReadingsResponse of(List<Furigana> furigana) {
        return new ReadingsResponse(furigana.stream().map(FuriganaResponse::of).toList());
    }
}
