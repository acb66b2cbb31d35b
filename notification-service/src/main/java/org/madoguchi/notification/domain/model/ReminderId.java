package org.madoguchi.notification.domain.model;

import java.util.UUID;

/** The identity of a scheduled reminder. */
public record ReminderId(UUID value) {

    public ReminderId {
        Identifiers.require(value);
    }

    public static ReminderId random() {
        return new ReminderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
