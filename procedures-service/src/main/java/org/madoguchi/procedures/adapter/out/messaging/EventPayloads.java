package org.madoguchi.procedures.adapter.out.messaging;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.madoguchi.procedures.domain.model.AttachmentLimits;
import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.FieldDefinition;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StandardProcessingPeriod;

/**
 * The {@code data} of the events on {@code procedures.events} (and, for forms, {@code procedures.forms}), as
 * their schemas in {@code contracts/} describe them.
 */
final class EventPayloads {

    private EventPayloads() {
    }

    /** {@code madoguchi.procedures.procedure-registered.v1} and the snapshot inside the other procedure events. */
    record ProcedureSnapshot(UUID procedureId, String code, String name, String kana, String departmentCode,
            String category, String description, String legalBasis, SealReviewData sealReview, StatusData status,
            long version) {

        static ProcedureSnapshot of(Procedure procedure) {
            ProcedureDetails details = procedure.details();
            return new ProcedureSnapshot(procedure.id().value(), procedure.code().value(), details.name(),
                    details.kana(), details.department().value(), details.category(), details.description(),
                    details.legalBasis(), SealReviewData.of(details.sealReview()), StatusData.of(procedure.status()),
                    procedure.version());
        }
    }

    /** The 押印・書面・対面 review. */
    record SealReviewData(boolean sealRequired, boolean paperRequired, boolean inPersonRequired, String outcome,
            String keptReason) {

        static SealReviewData of(SealReview review) {
            return review == null ? null : new SealReviewData(review.sealRequired(), review.paperRequired(),
                    review.inPersonRequired(), review.outcome() == null ? null : review.outcome().name(),
                    review.keptReason());
        }
    }

    /** An online-ization status. */
    record StatusData(String kind, Integer fiscalYear, String fiscalYearLabel, LocalDate completedOn, UUID formId,
            String reason, String note, LocalDate abolishedOn) {

        static StatusData of(OnlineStatus status) {
            FiscalYear year = status.plannedFor().orElse(null);
            Integer fiscalYear = year == null ? null : year.startYear();
            String label = year == null ? null : year.eraLabel();
            if (status instanceof OnlineStatus.Completed completed) {
                return new StatusData(status.kind().name(), fiscalYear, label, completed.on(),
                        completed.form() == null ? null : completed.form().value(), null, null, null);
            }
            if (status instanceof OnlineStatus.Revised revised) {
                return new StatusData(status.kind().name(), fiscalYear, label, null, null, revised.reason().name(),
                        revised.note(), null);
            }
            if (status instanceof OnlineStatus.Abolished abolished) {
                return new StatusData(status.kind().name(), fiscalYear, label, null, null, null, abolished.note(),
                        abolished.on());
            }
            return new StatusData(status.kind().name(), fiscalYear, label, null, null, null, null, null);
        }
    }

    /** Who caused an event. */
    record AuthorData(String subject, String username) {

        static AuthorData of(Author author) {
            return new AuthorData(author.subject(), author.username());
        }
    }

    /** {@code madoguchi.procedures.procedure-registered.v1}. */
    record ProcedureRegistered(ProcedureSnapshot procedure, AuthorData registeredBy, Instant registeredAt) {
    }

    /** {@code madoguchi.procedures.procedure-changed.v1}. */
    record ProcedureChanged(ProcedureSnapshot procedure, List<String> changedFields, AuthorData changedBy,
            Instant changedAt) {
    }

    /** {@code madoguchi.procedures.procedure-status-changed.v1}. */
    record ProcedureStatusChanged(UUID procedureId, String code, String departmentCode, StatusData previous,
            StatusData status, boolean online, long version, AuthorData changedBy, Instant changedAt) {
    }

    /** A field of a published form. */
    record FieldData(String key, String label, String labelEn, String type, boolean required, Integer minLength,
            Integer maxLength, String pattern, List<String> choices) {

        static FieldData of(FieldDefinition field) {
            return new FieldData(field.key(), field.label(), field.labelEn(), field.type().name(), field.required(),
                    field.minLength(), field.maxLength(), field.pattern(), field.choices());
        }
    }

    /** The limits of the files an application to a form may attach. */
    record AttachmentLimitsData(long maxFileBytes, int maxFiles) {

        static AttachmentLimitsData of(AttachmentLimits limits) {
            return limits == null ? null : new AttachmentLimitsData(limits.maxFileBytes(), limits.maxFiles());
        }
    }

    /**
     * {@code madoguchi.procedures.form-published.v1}: the full definition of the version citizens now answer;
     * {@code standardProcessingDays} and {@code attachmentLimits} are {@code null} when the form declares none.
     */
    record FormPublished(UUID formId, int version, String kind, String departmentCode, String title, String titleEn,
            String description, String descriptionEn, List<FieldData> fields, boolean acceptsAnonymous,
            Instant opensAt, Instant closesAt, List<UUID> procedureIds, URI publicUrl, AuthorData publishedBy,
            Instant publishedAt, Integer standardProcessingDays, AttachmentLimitsData attachmentLimits) {

        static FormPublished of(Form form, URI publicUrl, Author by, Instant at) {
            FormContent content = form.content();
            StandardProcessingPeriod period = content.standardProcessingPeriod();
            return new FormPublished(form.id().value(), form.currentVersion(), form.kind().name(),
                    form.department().value(), content.title(), content.titleEn(), content.description(),
                    content.descriptionEn(), content.fields().stream().map(FieldData::of).toList(),
                    content.acceptsAnonymous(), content.opensAt(), content.closesAt(),
                    content.procedures().stream().map(ProcedureId::value).toList(), publicUrl, AuthorData.of(by), at,
                    period == null ? null : period.businessDays(), AttachmentLimitsData.of(content.attachmentLimits()));
        }
    }

    /** {@code madoguchi.procedures.form-closed.v1}. */
    record FormClosed(UUID formId, int version, String kind, String departmentCode, AuthorData closedBy,
            Instant closedAt) {
    }
}
