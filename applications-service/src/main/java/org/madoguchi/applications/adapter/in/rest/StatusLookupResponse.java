package org.madoguchi.applications.adapter.in.rest;

import java.time.Instant;

import org.madoguchi.applications.domain.model.StatusLookup;

/** What the anonymous lookup reveals: the status and since when, nothing of the answers. */
public record StatusLookupResponse(ReceiptNumberResponse receiptNumber, LabelResponse status, Instant since) {

    static StatusLookupResponse of(StatusLookup lookup) {
        return new StatusLookupResponse(ReceiptNumberResponse.of(lookup.receiptNumber()),
                LabelResponse.of(lookup.status().name(), lookup.status().label()), lookup.since());
    }
}
