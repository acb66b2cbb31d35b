package org.madoguchi.procedures.domain.model;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * What one version of a form says: its titles, fields, who may answer, when, which procedures it serves,
 * how long deciding takes, and how many files an application may attach.
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
 * @param standardProcessingPeriod 標準処理期間; {@code null} when the form declares none
 * @param attachmentLimits the files an application may attach: required with an {@link FieldType#ATTACHMENT}
 *                         field, refused without one; {@code null} without
 */
public record FormContent(String title, String titleEn, String description, String descriptionEn,
        List<FieldDefinition> fields, boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
        Set<ProcedureId> procedures, StandardProcessingPeriod standardProcessingPeriod,
        AttachmentLimits attachmentLimits) {

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
        checkAttachmentLimits(errors, fields.stream().map(FieldDefinition::type).toList(), attachmentLimits != null);
        if (attachmentLimits != null) {
            long requiredAttachments = fields.stream().filter(f -> f.type().takesFiles() && f.required()).count();
            if (attachmentLimits.maxFiles() < requiredAttachments) {
                errors.add("attachmentLimits.maxFiles", "max-files-below-required-attachments", requiredAttachments);
            }
        }
        errors.throwIfAny();
    }

    /**
     * The rule between attachment fields and limits: a form whose fields include an
     * {@link FieldType#ATTACHMENT} field must give its limits, a form without one must not.
     *
     * @param errors      where a broken rule is added, on {@code attachmentLimits}
     * @param types       the types of the form's fields
     * @param limitsGiven whether the form gives attachment limits
     */
    public static void checkAttachmentLimits(InvalidInput.Collector errors, List<FieldType> types,
            boolean limitsGiven) {
        boolean takesFiles = types.stream().anyMatch(type -> type != null && type.takesFiles());
        if (takesFiles && !limitsGiven) {
            errors.add("attachmentLimits", "attachment-limits-required");
        } else if (!takesFiles && limitsGiven) {
            errors.add("attachmentLimits", "attachment-limits-without-attachment-field");
        }
    }

    /** Whether answers are taken at this instant, as far as the period goes. */
    public boolean periodIncludes(Instant instant) {
        return (opensAt == null || !instant.isBefore(opensAt)) && (closesAt == null || instant.isBefore(closesAt));
    }
}
