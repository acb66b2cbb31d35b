package org.madoguchi.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The service's clock in tests: real time, shifted by an offset a test sets, so a test can stand in the quiet
 * hours, or past a reminder's time, without waiting.
 */
public final class MovableClock extends Clock {

    public static final MovableClock INSTANCE = new MovableClock();
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private MovableClock() {
    }

    /** From now on, the service's time reads as {@code instant} (and moves on from there). */
    public void travelTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock keeps the city's zone");
    }

    /** Replaces the service's clock in tests. */
    public static class Producer {
        @Produces
        @Singleton
        @Alternative
        @Priority(1)
        Clock clock() {
            return INSTANCE;
        }
    }
}
