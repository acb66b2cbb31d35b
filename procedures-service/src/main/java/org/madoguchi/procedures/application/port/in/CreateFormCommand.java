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
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FieldDefinition;
import org.madoguchi.procedures.domain.model.FieldType;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.ProcedureId;

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
     */
    public record FormInput(String title, String titleEn, String description, String descriptionEn,
            List<FieldInput> fields, Boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
            List<UUID> procedureIds) {

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
            boolean fieldsBroken = definitions.size() != given.size();
            FormContent[] content = new FormContent[1];
            InvalidInput.Collector own = new InvalidInput.Collector();
            own.check("", () -> content[0] = new FormContent(title, titleEn, description, descriptionEn,
                    fieldsBroken && definitions.isEmpty() ? null : definitions, Boolean.TRUE.equals(acceptsAnonymous),
                    opensAt, closesAt, procedures));
            // with broken fields the content saw fewer fields than were sent: check their keys by the sent positions
            own.violations().stream()
                    .filter(v -> !(fieldsBroken && v.field().startsWith("fields")))
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
            return content[0];
        }
    }
}
