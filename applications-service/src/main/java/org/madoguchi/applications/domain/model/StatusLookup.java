package org.madoguchi.applications.domain.model;

import java.time.Instant;

/**
 * What the anonymous status lookup reveals: the status and when it last changed, nothing of the answers.
 */
public record StatusLookup(ReceiptNumber receiptNumber, ApplicationStatus status, Instant since) {

    public static StatusLookup of(Application application) {
        return new StatusLookup(application.receiptNumber(), application.status(), application.lastChange().at());
    }
}
