package org.madoguchi.applications.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What an applicant gets back on submission: the application with its receipt number, and for an anonymous
 * applicant the lookup code (照会番号), which exists nowhere else in readable form.
 *
 * @param application the application as stored
 * @param lookupCode  the anonymous applicant's lookup code; empty for a citizen
 * @param replayed    whether this answers a retry with the same Idempotency-Key and body
 */
public record Receipt(Application application, Optional<LookupCode> lookupCode, boolean replayed) {

    public Receipt {
        Objects.requireNonNull(application, "application");
        lookupCode = lookupCode == null ? Optional.empty() : lookupCode;
    }
}
