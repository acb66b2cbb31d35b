package org.madoguchi.notification.domain.model;

import java.util.UUID;

/** The identity of an announcement (お知らせ). */
public record AnnouncementId(UUID value) {

    public AnnouncementId {
        Identifiers.require(value);
    }

    public static AnnouncementId random() {
        return new AnnouncementId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
