package org.madoguchi.notification.domain.event;

import java.time.Instant;

import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.Notification;

/**
 * What happened in notifications that other contexts and operations may follow: a delivery on an outside
 * channel succeeded or failed for good, an announcement reached its audience. People appear by account subject
 * only; no address, name or message text leaves the service.
 */
public sealed interface NotificationEvent {

    Instant occurredAt();

    record DeliverySucceeded(Notification notification, Delivery delivery, Instant occurredAt) implements NotificationEvent {
    }

    record DeliveryFailed(Notification notification, Delivery delivery, Instant occurredAt) implements NotificationEvent {
    }

    record AnnouncementPublished(Announcement announcement, int recipients, Instant occurredAt) implements NotificationEvent {
    }
}
