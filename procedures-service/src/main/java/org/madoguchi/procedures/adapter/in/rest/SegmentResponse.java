package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.domain.model.Furigana;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One segment of a text: {@code <ruby>text<rt>reading</rt></ruby>} where it has a reading, the text alone where not.
 *
 * @param text    its characters
 * @param reading its reading in hiragana, only on a segment with kanji; absent otherwise
 */
public record SegmentResponse(String text, @JsonInclude(JsonInclude.Include.NON_NULL) String reading) {

    static SegmentResponse of(Furigana.Segment segment) {
        return new SegmentResponse(segment.text(), segment.reading());
    }
}
