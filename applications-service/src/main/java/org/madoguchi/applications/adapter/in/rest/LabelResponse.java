package org.madoguchi.applications.adapter.in.rest;

import org.madoguchi.applications.domain.model.BilingualLabel;

/** A value with its words in Japanese and English. */
public record LabelResponse(String code, String ja, String en) {

    static LabelResponse of(String code, BilingualLabel label) {
        return new LabelResponse(code, label.ja(), label.en());
    }
}
