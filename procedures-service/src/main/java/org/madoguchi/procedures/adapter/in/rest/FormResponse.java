package org.madoguchi.procedures.adapter.in.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StandardProcessingPeriod;

/**
 * A form as it is now.
 *
 * @param id               id
 * @param kind             kind
 * @param kindLabel        kind in Japanese and English
 * @param departmentCode   owning department
 * @param status           DRAFT, PUBLISHED, CLOSED
 * @param open             whether it takes answers now
 * @param version          the version citizens see (or will see)
 * @param title            title
 * @param titleEn          English title
 * @param description      guidance
 * @param descriptionEn    English guidance
 * @param fields           fields
 * @param acceptsAnonymous whether anyone may answer
 * @param opensAt          start of the period
 * @param closesAt         end of the period
 * @param procedureIds     procedures it serves
 * @param standardProcessingDays 標準処理期間 in business days; {@code null} when the form declares none
 * @param attachmentLimits the files an application may attach; {@code null} without an attachment field
 * @param publicUrl        where citizens open it
 * @param qrPng            its QR code as PNG
 * @param qrSvg            its QR code as SVG
 * @param revision         optimistic-locking version of the form, also its ETag
 */
public record FormResponse(UUID id, FormKind kind, BilingualText kindLabel, String departmentCode, FormStatus status,
        boolean open, int version, String title, String titleEn, String description, String descriptionEn,
        List<FieldResponse> fields, boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
        List<UUID> procedureIds, Integer standardProcessingDays, AttachmentLimitsResponse attachmentLimits,
        String publicUrl, String qrPng, String qrSvg, long revision) {

    static FormResponse of(Form form, FormLinks links, Instant now) {
        FormContent content = form.content();
        String self = "/api/v1/forms/" + form.id();
        return new FormResponse(form.id().value(), form.kind(), BilingualText.of(form.kind().label()),
                form.department().value(), form.status(), form.isOpenAt(now), form.currentVersion(),
                content.title(), content.titleEn(), content.description(), content.descriptionEn(),
                content.fields().stream().map(FieldResponse::of).toList(), content.acceptsAnonymous(),
                content.opensAt(), content.closesAt(), content.procedures().stream().map(ProcedureId::value).toList(),
                businessDays(content.standardProcessingPeriod()),
                AttachmentLimitsResponse.of(content.attachmentLimits()),
                links.publicUrl(form.id()).toString(), self + "/qr.png", self + "/qr.svg", form.version());
    }

    static Integer businessDays(StandardProcessingPeriod period) {
        return period == null ? null : period.businessDays();
    }
}
