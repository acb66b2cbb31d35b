package org.madoguchi.gateway.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests one caller may make: {@code requests} per {@code per}, refilled smoothly (a token bucket of
 * that capacity that regains one request every {@code per / requests}).
 */
public record RateLimit(long requests, Duration per) {

    public RateLimit {
        Objects.requireNonNull(per, "per");
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit admits at least one request");
        }
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate limit has a positive period");
        }
    }
}
