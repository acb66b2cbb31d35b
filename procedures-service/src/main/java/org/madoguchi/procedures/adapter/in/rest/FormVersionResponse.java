package org.madoguchi.procedures.adapter.in.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.ProcedureId;

/**
 * One version of a form as it was.
 *
 * @param formId           the form
 * @param version          its number
 * @param title            title
 * @param titleEn          English title
 * @param description      guidance
 * @param descriptionEn    English guidance
 * @param fields           fields
 * @param acceptsAnonymous whether anyone could answer
 * @param opensAt          start of the period
 * @param closesAt         end of the period
 * @param procedureIds     procedures it served
 * @param standardProcessingDays 標準処理期間 in business days; {@code null} when the version declared none
 * @param attachmentLimits the files an application could attach; {@code null} without an attachment field
 * @param createdAt        when it was made
 * @param createdBy        who made it
 */
public record FormVersionResponse(UUID formId, int version, String title, String titleEn, String description,
        String descriptionEn, List<FieldResponse> fields, boolean acceptsAnonymous, Instant opensAt,
        Instant closesAt, List<UUID> procedureIds, Integer standardProcessingDays,
        AttachmentLimitsResponse attachmentLimits, Instant createdAt, String createdBy) {

    static FormVersionResponse of(Forms.FormVersion version) {
        FormContent content = version.content();
        return new FormVersionResponse(version.form().value(), version.number(), content.title(),
                content.titleEn(), content.description(), content.descriptionEn(),
                content.fields().stream().map(FieldResponse::of).toList(), content.acceptsAnonymous(),
                content.opensAt(), content.closesAt(), content.procedures().stream().map(ProcedureId::value).toList(),
                FormResponse.businessDays(content.standardProcessingPeriod()),
                AttachmentLimitsResponse.of(content.attachmentLimits()), version.createdAt(),
                version.createdBy().username());
    }
}
