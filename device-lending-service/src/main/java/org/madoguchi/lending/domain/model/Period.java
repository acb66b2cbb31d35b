package org.madoguchi.lending.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A half-open time range [start, end) of a booking or a maintenance window. */
public record Period(Instant start, Instant end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + " – " + end);
        }
    }

    /**
     * The period from {@code start} to {@code end} as someone asked for it; {@link EndBeforeStart} naming
     * {@code endField} when it does not end after it starts.
     */
    public static Period of(Instant start, Instant end, String endField) {
        if (!end.isAfter(start)) {
            throw new EndBeforeStart(endField);
        }
        return new Period(start, end);
    }

    public boolean overlaps(Period other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The part of this period inside {@code window}, or null if they do not overlap. */
    public Period clippedTo(Period window) {
        if (!overlaps(window)) {
            return null;
        }
        Instant from = start.isAfter(window.start) ? start : window.start;
        Instant to = end.isBefore(window.end) ? end : window.end;
        return new Period(from, to);
    }

    /** Whether it ends by midnight of the day it starts, in the given zone (the same-day rule). */
    public boolean withinOneDay(ZoneId zone) {
        LocalDate day = start.atZone(zone).toLocalDate();
        return !end.isAfter(day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
