package org.madoguchi.applications.adapter.in.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.madoguchi.applications.domain.model.Application;

/** An application in a list: no answers. */
public record ApplicationSummaryResponse(UUID id, ReceiptNumberResponse receiptNumber, AnsweredFormResponse form,
        LabelResponse status, Instant submittedAt, Instant lastChangedAt, LocalDate dueDate, boolean overdue,
        boolean anonymous, long version) {

    static ApplicationSummaryResponse of(Application application, boolean overdue) {
        return new ApplicationSummaryResponse(application.id().value(),
                ReceiptNumberResponse.of(application.receiptNumber()), AnsweredFormResponse.of(application.form()),
                LabelResponse.of(application.status().name(), application.status().label()),
                application.submittedAt(), application.lastChange().at(), application.dueDate().orElse(null), overdue,
                application.applicant().isAnonymous(), application.version());
    }
}
