package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The first request with this Idempotency-Key is still being processed; retry once it has answered (409). */
public class IdempotencyKeyInFlight extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyInFlight() {
        super(Kind.CONFLICT, "idempotency-key-in-flight");
    }
}
