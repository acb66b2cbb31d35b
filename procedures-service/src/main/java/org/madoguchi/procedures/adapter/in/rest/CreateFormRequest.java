package org.madoguchi.procedures.adapter.in.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.madoguchi.procedures.application.port.in.CreateFormCommand.FormInput;
import org.madoguchi.procedures.application.port.in.CreateFormCommand.FormInput.AttachmentLimitsInput;
import org.madoguchi.procedures.application.port.in.CreateFormCommand.FormInput.FieldInput;
import org.madoguchi.procedures.domain.model.FormKind;

/**
 * A new form.
 *
 * @param kind             PROCEDURE, SURVEY, EVENT, CAMPAIGN
 * @param departmentCode   the owning department
 * @param title            title
 * @param titleEn          English title
 * @param description      guidance
 * @param descriptionEn    English guidance
 * @param fields           field definitions
 * @param acceptsAnonymous whether anyone may answer (else a signed-in citizen)
 * @param opensAt          start of the period
 * @param closesAt         end of the period
 * @param procedureIds     procedures it serves
 * @param standardProcessingDays 標準処理期間 in business days (1–365); absent when the form declares none
 * @param attachmentLimits {@code maxFileBytes} (up to 50 MiB) and {@code maxFiles} (up to 20); required with an
 *                         {@code ATTACHMENT} field, refused without one
 */
public record CreateFormRequest(FormKind kind, String departmentCode, String title, String titleEn,
        String description, String descriptionEn, List<FieldInput> fields, Boolean acceptsAnonymous,
        Instant opensAt, Instant closesAt, List<UUID> procedureIds, Integer standardProcessingDays,
        AttachmentLimitsInput attachmentLimits) {

    static final CreateFormRequest EMPTY = new CreateFormRequest(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    FormInput input() {
        return new FormInput(title, titleEn, description, descriptionEn, fields, acceptsAnonymous, opensAt,
                closesAt, procedureIds, standardProcessingDays, attachmentLimits);
    }
}
