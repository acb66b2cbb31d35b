package org.madoguchi.applications.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the use-case tests set and move on, in the city's zone. */
final class MovableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(Instant instant) {
        now = instant;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
