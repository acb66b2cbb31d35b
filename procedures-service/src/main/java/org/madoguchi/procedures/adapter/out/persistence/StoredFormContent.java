package org.madoguchi.procedures.adapter.out.persistence;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.madoguchi.procedures.domain.model.AttachmentLimits;
import org.madoguchi.procedures.domain.model.FieldDefinition;
import org.madoguchi.procedures.domain.model.FieldType;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StandardProcessingPeriod;

/**
 * The JSON of {@code form_version.content}: one version of a form as stored. Versions stored before a
 * form could declare a processing period or attachment limits lack both, which reads as neither.
 */
record StoredFormContent(String title, String titleEn, String description, String descriptionEn,
        List<StoredField> fields, boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
        List<UUID> procedureIds, Integer standardProcessingDays, StoredAttachmentLimits attachmentLimits) {

    /** One stored field. */
    record StoredField(String key, String label, String labelEn, String type, boolean required, Integer minLength,
            Integer maxLength, String pattern, List<String> choices) {
    }

    /** The stored limits of attached files. */
    record StoredAttachmentLimits(long maxFileBytes, int maxFiles) {
    }

    static StoredFormContent of(FormContent content) {
        StandardProcessingPeriod period = content.standardProcessingPeriod();
        AttachmentLimits limits = content.attachmentLimits();
        return new StoredFormContent(content.title(), content.titleEn(), content.description(),
                content.descriptionEn(),
                content.fields().stream().map(f -> new StoredField(f.key(), f.label(), f.labelEn(), f.type().name(),
                        f.required(), f.minLength(), f.maxLength(), f.pattern(), f.choices())).toList(),
                content.acceptsAnonymous(), content.opensAt(), content.closesAt(),
                content.procedures().stream().map(ProcedureId::value).toList(),
                period == null ? null : period.businessDays(),
                limits == null ? null : new StoredAttachmentLimits(limits.maxFileBytes(), limits.maxFiles()));
    }

    FormContent toDomain() {
        return new FormContent(title, titleEn, description, descriptionEn,
                fields.stream().map(f -> new FieldDefinition(f.key(), f.label(), f.labelEn(), FieldType.valueOf(f.type()),
                        f.required(), f.minLength(), f.maxLength(), f.pattern(), f.choices())).toList(),
                acceptsAnonymous, opensAt, closesAt,
                new LinkedHashSet<>(procedureIds.stream().map(ProcedureId::new).toList()),
                standardProcessingDays == null ? null : new StandardProcessingPeriod(standardProcessingDays),
                attachmentLimits == null ? null
                        : new AttachmentLimits(attachmentLimits.maxFileBytes(), attachmentLimits.maxFiles()));
    }
}
