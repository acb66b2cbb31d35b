package org.madoguchi.notification.application.port.in;

import java.time.Instant;
import java.util.Objects;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Audience;

/** An announcement as 情報政策課 writes it; {@code Announcement.draft} checks it. */
public record CreateAnnouncementCommand(Actor actor, String title, String titleEn, String body, String bodyEn,
                                        Audience audience, String department, Instant from, Instant until) {

    public CreateAnnouncementCommand {
        Objects.requireNonNull(actor, "actor");
    }
}
