package org.madoguchi.notification.domain.model;

import java.util.UUID;

/** The identity of a notification (one person, one kind, one source event). */
public record NotificationId(UUID value) {

    public NotificationId {
        Identifiers.require(value);
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
