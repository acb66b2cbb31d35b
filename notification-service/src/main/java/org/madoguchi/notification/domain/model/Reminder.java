package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A reminder scheduled from a booking: {@link NotificationKind#RETURN_REMINDER} to the borrower before the
 * booking ends, or {@link NotificationKind#HAND_OVER_TODAY} to the site's desk on the morning the booking
 * starts. It is sent once, when due, unless the booking is returned or cancelled first.
 */
public record Reminder(ReminderId id, NotificationKind kind, Booking booking, Instant dueAt, ReminderStatus status) {

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
    }

    public static Reminder schedule(NotificationKind kind, Booking booking, Instant dueAt) {
        return new Reminder(ReminderId.random(), kind, booking, dueAt, ReminderStatus.SCHEDULED);
    }

    public Reminder sent() {
        return new Reminder(id, kind, booking, dueAt, ReminderStatus.SENT);
    }
}
