package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery of a notification on one channel, as the delivery log shows it: its status, how often it was
 * tried, when it is tried next, the last error (a code, never an address) and where it goes.
 *
 * @param address         the email address or messaging-app id it goes to; {@code null} for the inbox and when suppressed
 * @param suppressedBecause {@code preference} or {@code no-address} when suppressed
 */
public record Delivery(DeliveryId id, NotificationId notificationId, Channel channel, DeliveryStatus status,
                       int attempts, Instant nextAttemptAt, String lastError, Instant sentAt, String address,
                       String suppressedBecause) {

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
    }

    public static Delivery sentNow(NotificationId notification, Channel channel, Instant now) {
        return new Delivery(DeliveryId.random(), notification, channel, DeliveryStatus.SENT, 1, null, null, now, null, null);
    }

    public static Delivery pending(NotificationId notification, Channel channel, String address, Instant now) {
        return new Delivery(DeliveryId.random(), notification, channel, DeliveryStatus.PENDING, 0, now, null, null,
                address, null);
    }

    public static Delivery held(NotificationId notification, Channel channel, String address, Instant until) {
        return new Delivery(DeliveryId.random(), notification, channel, DeliveryStatus.HELD, 0, until, null, null,
                address, null);
    }

    public static Delivery suppressed(NotificationId notification, Channel channel, String because) {
        return new Delivery(DeliveryId.random(), notification, channel, DeliveryStatus.SUPPRESSED, 0, null, null, null,
                null, because);
    }

    /** Whether it is to be sent at {@code now}. */
    public boolean dueAt(Instant now) {
        return status.open() && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** This delivery, sent at {@code now}. */
    public Delivery sent(Instant now) {
        return new Delivery(id, notificationId, channel, DeliveryStatus.SENT, attempts + 1, null, null, now, address, null);
    }

    /** This delivery after a failed try: tried again after the backoff, or failed for good after the last try. */
    public Delivery failedAttempt(String error, Instant now, RetryPolicy retry) {
        int tried = attempts + 1;
        if (tried >= retry.maxAttempts()) {
            return new Delivery(id, notificationId, channel, DeliveryStatus.FAILED, tried, null, error, null, address, null);
        }
        return new Delivery(id, notificationId, channel, DeliveryStatus.PENDING, tried, now.plus(retry.backoff(tried)),
                error, null, address, null);
    }
}
