package org.madoguchi.notification.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import org.madoguchi.notification.domain.model.Notification;

/** One item of the caller's inbox. */
public record InboxItemResponse(UUID id, long sequence, String kind, boolean urgent, String language, String title,
                                String body, Instant createdAt, Instant readAt) {

    static InboxItemResponse of(Notification n) {
        return new InboxItemResponse(n.id().value(), n.sequence(), n.kind().name(), n.kind().urgent(),
                n.language().tag(), n.title(), n.body(), n.createdAt(), n.readAt().orElse(null));
    }
}
