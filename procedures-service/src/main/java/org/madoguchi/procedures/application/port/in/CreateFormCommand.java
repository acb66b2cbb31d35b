package org.madoguchi.procedures.application.port.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.AttachmentLimits;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FieldDefinition;
import org.madoguchi.procedures.domain.model.FieldType;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StandardProcessingPeriod;

/**
 * A new form.
 *
 * @param kind       what it is for
 * @param department the owning department
 * @param content    its first version
 * @param actor      who asks
 */
public record CreateFormCommand(FormKind kind, DepartmentCode department, FormContent content, Actor actor) {

    public CreateFormCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(actor, "actor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static CreateFormCommand of(FormKind kind, String departmentCode, FormInput input, Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (kind == null) {
            errors.add("kind", "not-blank");
        }
        DepartmentCode[] department = new DepartmentCode[1];
        errors.check("departmentCode", () -> department[0] = new DepartmentCode(departmentCode));
        FormContent content = input.toContent(errors);
        errors.throwIfAny();
        return new CreateFormCommand(kind, department[0], content, actor);
    }

    /**
     * What a caller writes in a form version, before it is checked; {@link EditFormCommand} takes it too.
     *
     * @param title            title in Japanese
     * @param titleEn          title in English
     * @param description      guidance
     * @param descriptionEn    guidance in English
     * @param fields           field definitions
     * @param acceptsAnonymous whether anyone may answer
     * @param opensAt          start of the period
     * @param closesAt         end of the period
     * @param procedureIds     the procedures it serves
     * @param standardProcessingDays 標準処理期間 in business days; {@code null}: none declared
     * @param attachmentLimits the limits of attached files; {@code null}: none given
     */
    public record FormInput(String title, String titleEn, String description, String descriptionEn,
            List<FieldInput> fields, Boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
            List<UUID> procedureIds, Integer standardProcessingDays, AttachmentLimitsInput attachmentLimits) {

        /**
         * One field as written.
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
        public record FieldInput(String key, String label, String labelEn, FieldType type, Boolean required,
                Integer minLength, Integer maxLength, String pattern, List<String> choices) {
        }

        /**
         * The limits of attached files as written.
         *
         * @param maxFileBytes largest file in bytes
         * @param maxFiles     most files per application
         */
        public record AttachmentLimitsInput(Long maxFileBytes, Integer maxFiles) {
        }

        /** The checked content; every invalid field is reported at once, with its path. */
        public FormContent toContent(InvalidInput.Collector errors) {
            List<FieldDefinition> definitions = new ArrayList<>();
            List<FieldInput> given = fields == null ? List.of() : fields;
            for (int i = 0; i < given.size(); i++) {
                FieldInput field = given.get(i);
                if (field == null) {
                    errors.add("fields[" + i + "]", "not-blank");
                    continue;
                }
                errors.check("fields[" + i + "]", () -> definitions.add(new FieldDefinition(field.key(), field.label(),
                        field.labelEn(), field.type(), Boolean.TRUE.equals(field.required()), field.minLength(),
                        field.maxLength(), field.pattern(), field.choices())));
            }
            Set<ProcedureId> procedures = new LinkedHashSet<>();
            List<UUID> ids = procedureIds == null ? List.of() : procedureIds;
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i) == null) {
                    errors.add("procedureIds[" + i + "]", "not-blank");
                } else {
                    procedures.add(new ProcedureId(ids.get(i)));
                }
            }
            StandardProcessingPeriod[] period = new StandardProcessingPeriod[1];
            if (standardProcessingDays != null) {
                errors.check("standardProcessingDays",
                        () -> period[0] = new StandardProcessingPeriod(standardProcessingDays));
            }
            AttachmentLimits limits = attachmentLimits(errors);
            boolean fieldsBroken = definitions.size() != given.size();
            boolean limitsBroken = attachmentLimits != null && limits == null;
            FormContent[] content = new FormContent[1];
            InvalidInput.Collector own = new InvalidInput.Collector();
            own.check("", () -> content[0] = new FormContent(title, titleEn, description, descriptionEn,
                    fieldsBroken && definitions.isEmpty() ? null : definitions, Boolean.TRUE.equals(acceptsAnonymous),
                    opensAt, closesAt, procedures, period[0], limits));
            // with broken fields or limits the content saw less than was sent: check those rules on what was sent
            boolean partial = fieldsBroken || limitsBroken;
            own.violations().stream()
                    .filter(v -> !(fieldsBroken && v.field().startsWith("fields")))
                    .filter(v -> !(partial && v.field().startsWith("attachmentLimits")))
                    .forEach(v -> errors.add(v.field(), v.code(), v.arguments().toArray()));
            if (fieldsBroken) {
                Set<String> keys = new HashSet<>();
                for (int i = 0; i < given.size(); i++) {
                    FieldInput field = given.get(i);
                    if (field != null && field.key() != null && !keys.add(field.key())) {
                        errors.add("fields[" + i + "].key", "duplicate-field-key");
                    }
                }
            }
            if (partial) {
                FormContent.checkAttachmentLimits(errors, given.stream().filter(Objects::nonNull)
                        .map(FieldInput::type).toList(), attachmentLimits != null);
            }
            return content[0];
        }

        private AttachmentLimits attachmentLimits(InvalidInput.Collector errors) {
            if (attachmentLimits == null) {
                return null;
            }
            InvalidInput.Collector own = new InvalidInput.Collector();
            if (attachmentLimits.maxFileBytes() == null) {
                own.add("attachmentLimits.maxFileBytes", "not-blank");
            }
            if (attachmentLimits.maxFiles() == null) {
                own.add("attachmentLimits.maxFiles", "not-blank");
            }
            AttachmentLimits[] limits = new AttachmentLimits[1];
            if (own.isEmpty()) {
                own.check("attachmentLimits", () -> limits[0] = new AttachmentLimits(attachmentLimits.maxFileBytes(),
                        attachmentLimits.maxFiles()));
            }
            errors.addAll(own.violations());
            return limits[0];
        }
    }
}
