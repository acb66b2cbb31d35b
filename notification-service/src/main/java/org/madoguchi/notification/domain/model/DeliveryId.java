package org.madoguchi.notification.domain.model;

import java.util.UUID;

/** The identity of one delivery of a notification on one channel. */
public record DeliveryId(UUID value) {

    public DeliveryId {
        Identifiers.require(value);
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
