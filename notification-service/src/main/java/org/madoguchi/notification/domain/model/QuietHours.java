package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * 夜間: the hours in which no messaging-app push goes out (22:00–07:00 in the city by default); what falls in
 * them is held until they end, except urgent kinds.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(zone, "zone");
    }

    /** Whether the instant falls in the quiet hours (which may span midnight). */
    public boolean holds(Instant instant) {
        if (from.equals(until)) {
            return false;
        }
        LocalTime time = instant.atZone(zone).toLocalTime();
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** When the quiet hours that hold at {@code instant} end: the next {@code until} after it. */
    public Instant endAfter(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        ZonedDateTime end = at.toLocalDate().atTime(until).atZone(zone);
        if (!end.isAfter(at)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }

    /** Other hours in the same zone: a person's own quiet hours. */
    public QuietHours withTimes(LocalTime newFrom, LocalTime newUntil) {
        return new QuietHours(newFrom, newUntil, zone);
    }
}
