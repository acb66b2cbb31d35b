package org.madoguchi.notification.application.port.in;

import java.util.Objects;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.AnnouncementId;

public record WithdrawAnnouncementCommand(Actor actor, AnnouncementId announcement) {

    public WithdrawAnnouncementCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(announcement, "announcement");
    }
}
