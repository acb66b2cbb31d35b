package org.madoguchi.notification.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import org.madoguchi.notification.domain.model.Delivery;

/** One entry of the delivery log; the address is not shown, only whether there was one. */
public record DeliveryResponse(UUID id, UUID notificationId, String channel, String status, int attempts,
                               Instant nextAttemptAt, Instant sentAt, String lastError, String suppressedBecause) {

    static DeliveryResponse of(Delivery d) {
        return new DeliveryResponse(d.id().value(), d.notificationId().value(), d.channel().name(), d.status().name(),
                d.attempts(), d.nextAttemptAt(), d.sentAt(), d.lastError(), d.suppressedBecause());
    }
}
