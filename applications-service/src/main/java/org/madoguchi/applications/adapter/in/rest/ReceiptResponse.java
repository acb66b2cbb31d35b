package org.madoguchi.applications.adapter.in.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.Receipt;

/**
 * What an applicant gets on submission: the receipt number (受付番号) and, for an anonymous applicant, the lookup code
 * (照会番号), shown this once; keep it to check the status later.
 */
public record ReceiptResponse(UUID applicationId, ReceiptNumberResponse receiptNumber, LabelResponse status,
        UUID formId, int formVersion, Instant submittedAt, LocalDate dueDate, String lookupCode, long version) {

    static ReceiptResponse of(Receipt receipt) {
        var application = receipt.application();
        return new ReceiptResponse(application.id().value(), ReceiptNumberResponse.of(application.receiptNumber()),
                LabelResponse.of(application.status().name(), application.status().label()),
                application.form().id().value(), application.form().version(), application.submittedAt(),
                application.dueDate().orElse(null), receipt.lookupCode().map(LookupCode::printed).orElse(null),
                application.version());
    }
}
