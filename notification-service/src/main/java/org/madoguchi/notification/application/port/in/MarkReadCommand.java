package org.madoguchi.notification.application.port.in;

import java.util.Objects;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.NotificationId;

/** Who marks which notification read. */
public record MarkReadCommand(Actor actor, NotificationId notification) {

    public MarkReadCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(notification, "notification");
    }
}
