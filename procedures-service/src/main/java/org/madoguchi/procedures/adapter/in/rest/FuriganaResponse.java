package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;

import org.madoguchi.procedures.domain.model.Furigana;

/**
 * The furigana of one text.
 *
 * @param text     the text as asked
 * @param segments its segments, concatenating to it; none for an empty text
 */
public record FuriganaResponse(String text, List<SegmentResponse> segments) {

    static FuriganaResponse of(Furigana furigana) {
        return new FuriganaResponse(furigana.text(), furigana.segments().stream().map(SegmentResponse::of).toList());
    }
}
