package org.madoguchi.notification.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Reminder;

/** The reminders scheduled from bookings; kept in the database, so they survive a restart. */
public interface Reminders {

    /** Schedules a reminder, replacing a scheduled one of the same booking and kind. */
    void schedule(Reminder reminder);

    /** Drops the scheduled reminders of these kinds of a booking; returns how many. */
    int drop(String reservationId, Set<NotificationKind> kinds);

    /**
     * The scheduled reminders due at {@code now}, each claimed for this transaction: with several instances
     * each reminder is claimed by one of them.
     */
    List<Reminder> claimDue(Instant now, int limit);

    /** Stores a reminder's new state. */
    void update(Reminder reminder);

    /** The reminders of a booking, any state. */
    List<Reminder> ofBooking(String reservationId);
}
