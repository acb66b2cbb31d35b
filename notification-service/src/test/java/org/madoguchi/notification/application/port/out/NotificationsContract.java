package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.NotificationId;
import org.madoguchi.notification.domain.model.NotificationKind;

/** What {@link Notifications} (the inboxes) promises, in memory and on PostgreSQL alike. */
public abstract class NotificationsContract extends OutPortContract {

    private Notifications notifications() {
        return ports().notifications();
    }

    @Test
    void a_stored_notification_reads_back_the_same_with_its_inbox_sequence() {
        String person = fresh("person");
        Notification made = notification(person, NotificationKind.RETURN_REMINDER, fresh("event"), 0);

        Notification stored = inTransaction(() -> notifications().add(made)).orElseThrow();

        assertThat(stored.sequence()).isPositive();
        assertThat(inTransaction(() -> notifications().byId(made.id()))).contains(stored);
        assertThat(inTransaction(() -> notifications().byId(NotificationId.random()))).isEmpty();
    }

    @Test
    void one_source_notifies_a_person_of_a_kind_once() {
        String person = fresh("person");
        String source = fresh("event");

        Notification first = inTransaction(() -> notifications().add(notification(person, NotificationKind.DEVICE_LOST, source, 0)))
                .orElseThrow();
        var again = inTransaction(() -> notifications().add(notification(person, NotificationKind.DEVICE_LOST, source, 1)));
        var otherKind = inTransaction(() -> notifications().add(notification(person, NotificationKind.RESERVATION_OVERDUE, source, 2)));

        assertThat(again).isEmpty();
        assertThat(otherKind).isPresent();
        assertThat(inTransaction(() -> notifications().inboxOf(person, false, 10))).extracting(Notification::id)
                .containsExactly(otherKind.get().id(), first.id());
    }

    @Test
    void an_inbox_is_one_person_s_newest_first_and_the_unread_filter_leaves_out_what_was_read() {
        String person = fresh("person");
        String other = fresh("person");
        Notification older = stored(person, NotificationKind.RESERVATION_APPROVED, 0);
        Notification newer = stored(person, NotificationKind.RETURN_REMINDER, 1);
        stored(other, NotificationKind.RETURN_REMINDER, 2);

        inTransaction(() -> notifications().markRead(older.readBy(new Actor(person, false, true,
                java.util.Optional.empty(), false, false), minute(5))));

        assertThat(inTransaction(() -> notifications().inboxOf(person, false, 10))).extracting(Notification::id)
                .containsExactly(newer.id(), older.id());
        assertThat(inTransaction(() -> notifications().inboxOf(person, true, 10))).extracting(Notification::id)
                .containsExactly(newer.id());
        assertThat(inTransaction(() -> notifications().byId(older.id())).orElseThrow().readAt()).contains(minute(5));
        assertThat(inTransaction(() -> notifications().inboxOf(person, false, 1))).hasSize(1);
    }

    @Test
    void what_reached_an_inbox_after_a_sequence_is_read_oldest_first() {
        String person = fresh("person");
        assertThat(inTransaction(() -> notifications().lastSequenceOf(person))).isZero();
        Notification first = stored(person, NotificationKind.RESERVATION_APPROVED, 0);
        Notification second = stored(person, NotificationKind.RETURN_REMINDER, 1);
        Notification third = stored(person, NotificationKind.HAND_OVER_TODAY, 2);

        List<Notification> after = inTransaction(() -> notifications().inboxAfter(person, first.sequence(), 10));

        assertThat(after).extracting(Notification::id).containsExactly(second.id(), third.id());
        assertThat(inTransaction(() -> notifications().lastSequenceOf(person))).isEqualTo(third.sequence());
    }
}
