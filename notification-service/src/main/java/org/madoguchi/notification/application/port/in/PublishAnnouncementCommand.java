package org.madoguchi.notification.application.port.in;

import java.util.Objects;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.AnnouncementId;

public record PublishAnnouncementCommand(Actor actor, AnnouncementId announcement) {

    public PublishAnnouncementCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(announcement, "announcement");
    }
}
