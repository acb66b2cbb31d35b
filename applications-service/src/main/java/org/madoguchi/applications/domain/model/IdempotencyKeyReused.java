package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The Idempotency-Key was used before for a request with another body (422). */
public class IdempotencyKeyReused extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReused() {
        super(Kind.UNPROCESSABLE, "idempotency-key-reused");
    }
}
