package org.madoguchi.notification.domain.model;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When reminders are due: {@code returnLead} before a booking ends for its borrower, and at
 * {@code deskMorning} (city time) on the day a booking starts for the site's desk.
 */
public record ReminderPolicy(Duration returnLead, LocalTime deskMorning, ZoneId zone) {

    public ReminderPolicy {
        Objects.requireNonNull(returnLead, "returnLead");
        Objects.requireNonNull(deskMorning, "deskMorning");
        Objects.requireNonNull(zone, "zone");
        if (returnLead.isNegative()) {
            throw new IllegalArgumentException("returnLead must not be negative");
        }
    }
}
