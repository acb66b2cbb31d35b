package org.madoguchi.applications.adapter.out.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.StatusChange;

/**
 * The {@code data} of the events on {@code applications.events}, as the schemas in {@code contracts/} define them:
 * ids, the receipt number, the form and its department, the applicant's account subject; never answers,
 * attachments, names or contact details.
 */
final class EventPayloads {

    private EventPayloads() {
    }

    /** Who applied, by account subject; {@code null} for an anonymous applicant. */
    record ApplicantData(String subject) {
    }

    /** Who changed it, by account subject. */
    record ActorData(String subject) {
    }

    /** {@code madoguchi.applications.application-submitted.v1}. */
    record Submitted(UUID applicationId, String receiptNumber, int fiscalYear, UUID formId, int formVersion,
            String formTitle, String formTitleEn, String departmentCode, ApplicantData applicant, LocalDate dueDate,
            boolean anonymous, Instant submittedAt) {

        static Submitted of(Application a) {
            return new Submitted(a.id().value(), a.receiptNumber().toString(),
                    a.receiptNumber().fiscalYear().startYear(), a.form().id().value(), a.form().version(),
                    a.form().title(), a.form().titleEn(), a.form().department().value(),
                    new ApplicantData(a.applicant().subject().orElse(null)), a.dueDate().orElse(null),
                    a.applicant().isAnonymous(), a.submittedAt());
        }
    }

    /** {@code madoguchi.applications.application-status-changed.v1}. */
    record StatusChanged(UUID applicationId, String receiptNumber, int fiscalYear, UUID formId, int formVersion,
            String formTitle, String formTitleEn, String departmentCode, ApplicantData applicant, LocalDate dueDate,
            String from, String to, String reason, ActorData changedBy, Instant changedAt) {

        static StatusChanged of(Application a, StatusChange change) {
            boolean withReason = change.action() != null && change.action().needsComment();
            return new StatusChanged(a.id().value(), a.receiptNumber().toString(),
                    a.receiptNumber().fiscalYear().startYear(), a.form().id().value(), a.form().version(),
                    a.form().title(), a.form().titleEn(), a.form().department().value(),
                    new ApplicantData(a.applicant().subject().orElse(null)), a.dueDate().orElse(null),
                    change.from().name(), change.to().name(), withReason ? change.comment() : null,
                    new ActorData(change.by()), change.at());
        }
    }

    /** {@code madoguchi.applications.application-withdrawn.v1}. */
    record Withdrawn(UUID applicationId, String receiptNumber, int fiscalYear, UUID formId, int formVersion,
            String formTitle, String formTitleEn, String departmentCode, ApplicantData applicant, LocalDate dueDate,
            String from, Instant withdrawnAt) {

        static Withdrawn of(Application a, StatusChange change) {
            return new Withdrawn(a.id().value(), a.receiptNumber().toString(),
                    a.receiptNumber().fiscalYear().startYear(), a.form().id().value(), a.form().version(),
                    a.form().title(), a.form().titleEn(), a.form().department().value(),
                    new ApplicantData(a.applicant().subject().orElse(null)), a.dueDate().orElse(null),
                    change.from().name(), change.at());
        }
    }
}
