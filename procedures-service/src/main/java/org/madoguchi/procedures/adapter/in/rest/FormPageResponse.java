package org.madoguchi.procedures.adapter.in.rest;

import java.time.Instant;
import java.util.List;

import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.domain.model.Form;

/**
 * A page of forms.
 *
 * @param total how many match
 * @param page  this page
 * @param size  page size
 * @param items the forms
 */
public record FormPageResponse(long total, int page, int size, List<FormResponse> items) {

    static FormPageResponse of(Forms.Page<Form> forms, int page, int size, FormLinks links, Instant now) {
        return new FormPageResponse(forms.total(), page, size,
                forms.items().stream().map(f -> FormResponse.of(f, links, now)).toList());
    }
}
