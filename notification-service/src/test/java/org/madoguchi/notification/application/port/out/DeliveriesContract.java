package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.RetryPolicy;

/** What {@link Deliveries} (the delivery log) promises, in memory and on PostgreSQL alike. */
public abstract class DeliveriesContract extends OutPortContract {

    private Deliveries deliveries() {
        return ports().deliveries();
    }

    private Notification notificationOfItsOwn() {
        return stored(fresh("person"), NotificationKind.RETURN_REMINDER, 0);
    }

    private Delivery added(Delivery delivery) {
        inTransaction(() -> deliveries().add(delivery));
        return delivery;
    }

    @Test
    void the_deliveries_of_a_notification_read_back_the_same_one_per_channel() {
        Notification n = notificationOfItsOwn();
        Delivery inbox = added(Delivery.sentNow(n.id(), Channel.INBOX, minute(0)));
        Delivery email = added(Delivery.pending(n.id(), Channel.EMAIL, "hanako@example.jp", minute(0)));
        Delivery messaging = added(Delivery.suppressed(n.id(), Channel.MESSAGING, "preference"));

        assertThat(inTransaction(() -> deliveries().ofNotification(n.id()))).containsExactlyInAnyOrder(inbox, email, messaging);
    }

    @Test
    void only_open_deliveries_that_are_due_are_claimed_oldest_first() {
        Notification n = notificationOfItsOwn();
        Notification m = notificationOfItsOwn();
        Delivery dueLater = added(Delivery.pending(n.id(), Channel.EMAIL, "a@example.jp", minute(2)));
        Delivery dueFirst = added(Delivery.held(n.id(), Channel.MESSAGING, "U1", minute(1)));
        Delivery notYet = added(Delivery.pending(m.id(), Channel.EMAIL, "b@example.jp", minute(60)));
        added(Delivery.sentNow(m.id(), Channel.INBOX, minute(0)));

        List<Delivery> claimed = inTransaction(() -> deliveries().claimDue(minute(3), 1000));

        List<Delivery> ours = claimed.stream().filter(d -> d.notificationId().equals(n.id()) || d.notificationId().equals(m.id()))
                .toList();
        assertThat(ours).containsExactly(dueFirst, dueLater);
        assertThat(claimed).doesNotContain(notYet);
    }

    @Test
    void a_delivery_s_new_state_is_kept_and_the_log_filters_by_status_and_channel() {
        Notification n = notificationOfItsOwn();
        Delivery pending = added(Delivery.pending(n.id(), Channel.MESSAGING, "U2", minute(0)));
        Delivery failed = pending.failedAttempt("http-503", minute(0), new RetryPolicy(1, java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(1)));

        inTransaction(() -> deliveries().update(failed));

        assertThat(inTransaction(() -> deliveries().ofNotification(n.id()))).containsExactly(failed);
        assertThat(inTransaction(() -> deliveries().recent(Optional.of(DeliveryStatus.FAILED), Optional.of(Channel.MESSAGING), 1000)))
                .contains(failed).allSatisfy(d -> {
                    assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(d.channel()).isEqualTo(Channel.MESSAGING);
                });
        assertThat(inTransaction(() -> deliveries().claimDue(minute(10), 1000))).doesNotContain(failed);
    }
}
