package org.madoguchi.procedures.adapter.in.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.madoguchi.procedures.application.port.in.CreateFormCommand.FormInput;
import org.madoguchi.procedures.application.port.in.CreateFormCommand.FormInput.FieldInput;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.domain.model.FieldDefinition;
import org.madoguchi.procedures.domain.model.FieldType;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.ProcedureId;

/** Request and response bodies of {@link FormResource}. */
final class FormDtos {

    private FormDtos() {
    }

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
     */
    public record CreateFormRequest(FormKind kind, String departmentCode, String title, String titleEn,
            String description, String descriptionEn, List<FieldInput> fields, Boolean acceptsAnonymous,
            Instant opensAt, Instant closesAt, List<UUID> procedureIds) {

        FormInput input() {
            return new FormInput(title, titleEn, description, descriptionEn, fields, acceptsAnonymous, opensAt,
                    closesAt, procedureIds);
        }
    }

    /**
     * New content of a form (its kind and department do not change).
     *
     * @param title            title
     * @param titleEn          English title
     * @param description      guidance
     * @param descriptionEn    English guidance
     * @param fields           field definitions
     * @param acceptsAnonymous whether anyone may answer
     * @param opensAt          start of the period
     * @param closesAt         end of the period
     * @param procedureIds     procedures it serves
     */
    public record EditFormRequest(String title, String titleEn, String description, String descriptionEn,
            List<FieldInput> fields, Boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
            List<UUID> procedureIds) {

        FormInput input() {
            return new FormInput(title, titleEn, description, descriptionEn, fields, acceptsAnonymous, opensAt,
                    closesAt, procedureIds);
        }
    }

    /**
     * A field.
     *
     * @param key       answer key
     * @param label     label
     * @param labelEn   English label
     * @param type      type
     * @param required  required
     * @param minLength shortest answer
     * @param maxLength longest answer
     * @param pattern   regular expression
     * @param choices   options
     */
    public record FieldResponse(String key, String label, String labelEn, FieldType type, boolean required,
            Integer minLength, Integer maxLength, String pattern, List<String> choices) {

        static FieldResponse of(FieldDefinition field) {
            return new FieldResponse(field.key(), field.label(), field.labelEn(), field.type(), field.required(),
                    field.minLength(), field.maxLength(), field.pattern(), field.choices());
        }
    }

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
     * @param publicUrl        where citizens open it
     * @param qrPng            its QR code as PNG
     * @param qrSvg            its QR code as SVG
     * @param revision         optimistic-locking version of the form, also its ETag
     */
    public record FormResponse(UUID id, FormKind kind, Labels kindLabel, String departmentCode, FormStatus status,
            boolean open, int version, String title, String titleEn, String description, String descriptionEn,
            List<FieldResponse> fields, boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
            List<UUID> procedureIds, String publicUrl, String qrPng, String qrSvg, long revision) {

        static FormResponse of(Form form, FormLinks links, Instant now) {
            FormContent content = form.content();
            String self = "/api/v1/forms/" + form.id();
            return new FormResponse(form.id().value(), form.kind(), new Labels(form.kind().ja(), form.kind().en()),
                    form.department().value(), form.status(), form.isOpenAt(now), form.currentVersion(),
                    content.title(), content.titleEn(), content.description(), content.descriptionEn(),
                    content.fields().stream().map(FieldResponse::of).toList(), content.acceptsAnonymous(),
                    content.opensAt(), content.closesAt(), content.procedures().stream().map(ProcedureId::value).toList(),
                    links.publicUrl(form.id()).toString(), self + "/qr.png", self + "/qr.svg", form.version());
        }
    }

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
     * @param createdAt        when it was made
     * @param createdBy        who made it
     */
    public record FormVersionResponse(UUID formId, int version, String title, String titleEn, String description,
            String descriptionEn, List<FieldResponse> fields, boolean acceptsAnonymous, Instant opensAt,
            Instant closesAt, List<UUID> procedureIds, Instant createdAt, String createdBy) {

        static FormVersionResponse of(Forms.FormVersion version) {
            FormContent content = version.content();
            return new FormVersionResponse(version.form().value(), version.number(), content.title(),
                    content.titleEn(), content.description(), content.descriptionEn(),
                    content.fields().stream().map(FieldResponse::of).toList(), content.acceptsAnonymous(),
                    content.opensAt(), content.closesAt(), content.procedures().stream().map(ProcedureId::value).toList(),
                    version.createdAt(), version.createdBy().username());
        }
    }

    /**
     * A page of forms.
     *
     * @param total how many match
     * @param page  this page
     * @param size  page size
     * @param items the forms
     */
    public record FormPage(long total, int page, int size, List<FormResponse> items) {
    }
}
