package org.madoguchi.lending.application.port.out;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The city's lending rules: the zone whose calendar day decides same-day use, how early a
 * device may be handed over before its booking starts, the longest booking, how far in the
 * past a booking may start, and the desk's opening hours (for free slots in the calendar).
 */
public record LendingRules(ZoneId zone, Duration handOverEarly, Duration longestBooking, Duration pastTolerance,
                           LocalTime deskOpens, LocalTime deskCloses) {
}
