package org.madoguchi.procedures.domain.model;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * What one version of a form says: its titles, fields, who may answer, when, and which procedures it
 * serves.
 *
 * @param title            title in Japanese
 * @param titleEn          title in English; {@code null} when not translated
 * @param description      guidance shown above the fields; may be empty
 * @param descriptionEn    guidance in English; {@code null} when not translated
 * @param fields           the fields, in order
 * @param acceptsAnonymous whether anyone may answer; otherwise a signed-in citizen
 * @param opensAt          when it starts taking answers; {@code null}: as soon as it is published
 * @param closesAt         when it stops; {@code null}: until it is closed
 * @param procedures       the procedures it serves; may be empty (surveys, events, campaigns)
 */
public record FormContent(String title, String titleEn, String description, String descriptionEn,
        List<FieldDefinition> fields, boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
        Set<ProcedureId> procedures) {

    /** Most fields a form may have. */
    public static final int MAX_FIELDS = 200;

    public FormContent {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        title = Text.required(errors, "title", title, 200);
        titleEn = Text.optional(errors, "titleEn", titleEn, 200);
        description = Text.optional(errors, "description", description, 4000);
        description = description == null ? "" : description;
        descriptionEn = Text.optional(errors, "descriptionEn", descriptionEn, 4000);
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (fields.isEmpty()) {
            errors.add("fields", "form-needs-fields");
        } else if (fields.size() > MAX_FIELDS) {
            errors.add("fields", "too-many", MAX_FIELDS);
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!keys.add(fields.get(i).key())) {
                errors.add("fields[" + i + "].key", "duplicate-field-key");
            }
        }
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            errors.add("closesAt", "period-ends-before-start");
        }
        procedures = procedures == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(procedures));
        errors.throwIfAny();
    }

    /** Whether answers are taken at this instant, as far as the period goes. */
    public boolean periodIncludes(Instant instant) {
        return (opensAt == null || !instant.isBefore(opensAt)) && (closesAt == null || instant.isBefore(closesAt));
    }
}
