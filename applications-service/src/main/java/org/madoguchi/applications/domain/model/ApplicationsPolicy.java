package org.madoguchi.applications.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The city's settings for e-applications that the use cases apply.
 *
 * @param keyLifetime         how long an Idempotency-Key is remembered after its first use
 * @param inFlightHold        how long a running request holds its key; a request that died frees it after this
 * @param dueSoonBusinessDays business days ahead in which a due date counts as due soon (期限間近)
 */
public record ApplicationsPolicy(Duration keyLifetime, Duration inFlightHold, int dueSoonBusinessDays) {

    public ApplicationsPolicy {
        Objects.requireNonNull(keyLifetime, "keyLifetime");
        Objects.requireNonNull(inFlightHold, "inFlightHold");
        if (keyLifetime.isNegative() || keyLifetime.isZero() || inFlightHold.isNegative() || inFlightHold.isZero()
                || dueSoonBusinessDays < 1) {
            throw new IllegalArgumentException("the applications policy takes positive durations and days");
        }
    }
}
