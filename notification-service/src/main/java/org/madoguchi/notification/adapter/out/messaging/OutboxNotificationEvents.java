package org.madoguchi.notification.adapter.out.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.contracts.Topics;
import org.madoguchi.eventing.EventOutbox;
import org.madoguchi.notification.application.port.out.NotificationEvents;
import org.madoguchi.notification.domain.event.NotificationEvent;
import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.Notification;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Maps notification events to their contracts ({@code madoguchi.notifications.*.v1}) and appends them to the
 * outbox in the transaction of the change: deliveries keyed by notification id, announcements by their id. The
 * recipient appears by account subject only; no address and no message text leaves.
 */
@ApplicationScoped
class OutboxNotificationEvents implements NotificationEvents {

    private static final String PREFIX = "madoguchi.notifications.";

    private final EventOutbox outbox;

    OutboxNotificationEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryData(UUID notificationId, UUID deliveryId, String recipient, String kind, boolean urgent,
                        String channel, int attempts, String source, Instant sentAt, String error, Instant failedAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnnouncementData(UUID announcementId, String title, String titleEn, String audience, String department,
                            Instant from, Instant until, Instant publishedAt, int recipients) {
    }

    @Override
    public void publish(NotificationEvent event) {
        if (event instanceof NotificationEvent.DeliverySucceeded e) {
            delivery("delivery-succeeded", e.notification(), e.delivery(), e.occurredAt(), null, null);
        } else if (event instanceof NotificationEvent.DeliveryFailed e) {
            delivery("delivery-failed", e.notification(), e.delivery(), null, e.delivery().lastError(), e.occurredAt());
        } else if (event instanceof NotificationEvent.AnnouncementPublished e) {
            Announcement a = e.announcement();
            outbox.append(Topics.NOTIFICATIONS, PREFIX + "announcement-published.v1", a.id().toString(), e.occurredAt(),
                    new AnnouncementData(a.id().value(), a.title(), a.titleEn(), a.audience().name(),
                            a.department().orElse(null), a.from(), a.until(), a.publishedAt(), e.recipients()));
        }
    }

    private void delivery(String type, Notification n, Delivery d, Instant sentAt, String error, Instant failedAt) {
        Instant time = sentAt != null ? sentAt : failedAt;
        outbox.append(Topics.NOTIFICATIONS, PREFIX + type + ".v1", n.id().toString(), time,
                new DeliveryData(n.id().value(), d.id().value(), n.recipient(), n.kind().name(), n.kind().urgent(),
                        d.channel().name(), d.attempts(), n.sourceId(), sentAt, error, failedAt));
    }
}
