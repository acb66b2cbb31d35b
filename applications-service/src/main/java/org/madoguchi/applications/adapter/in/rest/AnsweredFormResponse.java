package org.madoguchi.applications.adapter.in.rest;

import java.util.UUID;

import org.madoguchi.applications.domain.model.AnsweredForm;

/** The form version an application answered. */
public record AnsweredFormResponse(UUID id, int version, String title, String titleEn, String departmentCode) {

    static AnsweredFormResponse of(AnsweredForm form) {
        return new AnsweredFormResponse(form.id().value(), form.version(), form.title(), form.titleEn(),
                form.department().value());
    }
}
