package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.Booking;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Reminder;
import org.madoguchi.notification.domain.model.ReminderStatus;

/** What {@link Reminders} promises, in memory and on PostgreSQL alike. */
public abstract class RemindersContract extends OutPortContract {

    private Reminders reminders() {
        return ports().reminders();
    }

    private static Booking booking() {
        return new Booking(fresh("reservation"), "014", "ekinan", fresh("borrower"), minute(60), minute(480), "TELEWORK",
                "CONFIRMED");
    }

    private Reminder scheduled(NotificationKind kind, Booking booking, int dueMinute) {
        Reminder reminder = Reminder.schedule(kind, booking, minute(dueMinute));
        inTransaction(() -> reminders().schedule(reminder));
        return reminder;
    }

    @Test
    void a_scheduled_reminder_reads_back_the_same_and_scheduling_again_replaces_it() {
        Booking booking = booking();
        scheduled(NotificationKind.RETURN_REMINDER, booking, 420);
        Reminder later = scheduled(NotificationKind.RETURN_REMINDER, booking, 450);
        Reminder morning = scheduled(NotificationKind.HAND_OVER_TODAY, booking, 30);

        assertThat(inTransaction(() -> reminders().ofBooking(booking.reservationId()))).containsExactly(morning, later);
    }

    @Test
    void only_scheduled_reminders_that_are_due_are_claimed_and_a_sent_one_is_not_claimed_again() {
        Booking booking = booking();
        Reminder due = scheduled(NotificationKind.HAND_OVER_TODAY, booking, 30);
        Reminder notYet = scheduled(NotificationKind.RETURN_REMINDER, booking, 420);

        List<Reminder> claimed = inTransaction(() -> reminders().claimDue(minute(31), 1000));
        inTransaction(() -> reminders().update(due.sent()));

        assertThat(claimed).contains(due).doesNotContain(notYet);
        assertThat(inTransaction(() -> reminders().claimDue(minute(31), 1000))).doesNotContain(due, due.sent());
        assertThat(inTransaction(() -> reminders().ofBooking(booking.reservationId()))).extracting(Reminder::status)
                .containsExactly(ReminderStatus.SENT, ReminderStatus.SCHEDULED);
    }

    @Test
    void dropping_a_booking_s_reminders_of_some_kinds_leaves_the_others_and_what_was_sent() {
        Booking booking = booking();
        Reminder morning = scheduled(NotificationKind.HAND_OVER_TODAY, booking, 30);
        scheduled(NotificationKind.RETURN_REMINDER, booking, 420);
        inTransaction(() -> reminders().update(morning.sent()));

        int dropped = inTransaction(() -> reminders().drop(booking.reservationId(),
                Set.of(NotificationKind.RETURN_REMINDER, NotificationKind.HAND_OVER_TODAY)));

        assertThat(dropped).isEqualTo(1);
        assertThat(inTransaction(() -> reminders().ofBooking(booking.reservationId()))).extracting(Reminder::status)
                .containsExactly(ReminderStatus.SENT, ReminderStatus.DROPPED);
        assertThat(inTransaction(() -> reminders().claimDue(minute(600), 1000)))
                .noneMatch(r -> r.booking().reservationId().equals(booking.reservationId()));
    }
}
