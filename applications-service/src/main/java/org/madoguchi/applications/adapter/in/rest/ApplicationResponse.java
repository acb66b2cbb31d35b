package org.madoguchi.applications.adapter.in.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Application;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An application with its answers and full history, for its applicant or staff of its department; the actions the
 * reader may take next.
 */
public record ApplicationResponse(UUID id, ReceiptNumberResponse receiptNumber, AnsweredFormResponse form,
        LabelResponse status, Instant submittedAt, LocalDate dueDate, boolean overdue, boolean anonymous,
        ObjectNode answers, List<StepResponse> history, List<LabelResponse> nextActions, long version) {

    static ApplicationResponse of(Application application, boolean overdue, Action.By reader) {
        return new ApplicationResponse(application.id().value(), ReceiptNumberResponse.of(application.receiptNumber()),
                AnsweredFormResponse.of(application.form()),
                LabelResponse.of(application.status().name(), application.status().label()),
                application.submittedAt(), application.dueDate().orElse(null), overdue,
                application.applicant().isAnonymous(), AnswerJson.write(application.answers()),
                application.history().stream().map(StepResponse::of).toList(),
                application.nextActions(reader).stream().map(a -> LabelResponse.of(a.name(), a.label())).toList(),
                application.version());
    }
}
