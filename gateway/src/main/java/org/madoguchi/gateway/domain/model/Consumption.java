package org.madoguchi.gateway.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of taking one request from a caller's rate limit.
 *
 * @param granted    whether the request may go on
 * @param remaining  how many more requests the caller may make right now
 * @param retryAfter when refused, how long until the next request would be granted; zero when granted
 */
public record Consumption(boolean granted, long remaining, Duration retryAfter) {

    public Consumption {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (remaining < 0 || retryAfter.isNegative()) {
            throw new IllegalArgumentException("remaining requests and the wait are not negative");
        }
    }

    public static Consumption granted(long remaining) {
        return new Consumption(true, remaining, Duration.ZERO);
    }

    public static Consumption refused(Duration retryAfter) {
        return new Consumption(false, 0, retryAfter);
    }

    /** The wait in whole seconds, rounded up, at least one: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
