package org.madoguchi.lending.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The city's lending rules: the zone whose calendar day decides same-day use, how early a device may be
 * handed over before its booking starts, the longest booking, how far in the past a booking may start, and
 * the desk's opening hours (for free slots in the calendar).
 */
public record LendingPolicy(ZoneId timeZone, Duration handOverEarly, Duration longestBooking, Duration pastTolerance,
                            LocalTime deskOpens, LocalTime deskCloses) {

    public LendingPolicy {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(handOverEarly, "handOverEarly");
        Objects.requireNonNull(longestBooking, "longestBooking");
        Objects.requireNonNull(pastTolerance, "pastTolerance");
        Objects.requireNonNull(deskOpens, "deskOpens");
        Objects.requireNonNull(deskCloses, "deskCloses");
    }

    /** Refuses a booking that starts further in the past than tolerated, or runs longer than the longest booking. */
    public void checkBooking(Period period, Instant now) {
        if (period.start().isBefore(now.minus(pastTolerance))) {
            throw new StartInPast();
        }
        if (period.length().compareTo(longestBooking) > 0) {
            throw new BookingTooLong(longestBooking);
        }
    }
}
