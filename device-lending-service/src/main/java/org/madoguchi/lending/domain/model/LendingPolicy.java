package org.madoguchi.lending.domain.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The city's lending rules: the zone whose calendar day decides same-day use, how early a device may be
 * handed over before its booking starts, the longest booking, how far in the past a booking may start, the
 * desk's opening hours (for free slots in the calendar), the longest window one report (utilisation, what is
 * free) or one list of a site's bookings covers, and how far back and ahead the calendar feed reaches.
 */
public record LendingPolicy(ZoneId timeZone, Duration handOverEarly, Duration longestBooking, Duration pastTolerance,
                            LocalTime deskOpens, LocalTime deskCloses, Duration longestReport, Duration longestList,
                            Duration feedPast, Duration feedAhead) {

    /** The week grid starts on this day. */
    private static final DayOfWeek FIRST_DAY_OF_WEEK = DayOfWeek.MONDAY;

    public LendingPolicy {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(handOverEarly, "handOverEarly");
        Objects.requireNonNull(longestBooking, "longestBooking");
        Objects.requireNonNull(pastTolerance, "pastTolerance");
        Objects.requireNonNull(deskOpens, "deskOpens");
        Objects.requireNonNull(deskCloses, "deskCloses");
        Objects.requireNonNull(longestReport, "longestReport");
        Objects.requireNonNull(longestList, "longestList");
        Objects.requireNonNull(feedPast, "feedPast");
        Objects.requireNonNull(feedAhead, "feedAhead");
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

    /** The window of a report (utilisation, free devices): it ends after it starts and spans the longest report at most. */
    public Period reportWindow(Instant from, Instant to) {
        return window(from, to, longestReport);
    }

    /** The window of a list of a site's bookings: it ends after it starts and spans the longest list at most. */
    public Period listWindow(Instant from, Instant to) {
        return window(from, to, longestList);
    }

    /** What the calendar feed covers at {@code now}. */
    public Period feedWindow(Instant now) {
        return new Period(now.minus(feedPast), now.plus(feedAhead));
    }

    /** The first day of the week the calendar shows: the week of the day asked for, this week when none is. */
    public LocalDate weekShown(LocalDate asked, Instant now) {
        LocalDate day = asked != null ? asked : LocalDate.ofInstant(now, timeZone);
        return day.with(TemporalAdjusters.previousOrSame(FIRST_DAY_OF_WEEK));
    }

    private static Period window(Instant from, Instant to, Duration longest) {
        Period window = Period.of(from, to, "to");
        if (window.length().compareTo(longest) > 0) {
            throw new WindowTooLong(longest);
        }
        return window;
    }
}
