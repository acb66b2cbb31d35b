package org.madoguchi.procedures.adapter.in.rest;

import java.util.UUID;

import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.domain.model.Form;

/**
 * A form serving a procedure.
 *
 * @param id        form id
 * @param title     title
 * @param titleEn   English title
 * @param kind      kind
 * @param status    DRAFT, PUBLISHED, CLOSED
 * @param publicUrl where citizens open it
 */
public record FormSummaryResponse(UUID id, String title, String titleEn, String kind, String status,
        String publicUrl) {

    static FormSummaryResponse of(Form form, FormLinks links) {
        return new FormSummaryResponse(form.id().value(), form.content().title(), form.content().titleEn(),
                form.kind().name(), form.status().name(), links.publicUrl(form.id()).toString());
    }
}
