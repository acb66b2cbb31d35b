package org.madoguchi.notification.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.MarkReadCommand;
import org.madoguchi.notification.application.port.in.MarkReadUseCase;
import org.madoguchi.notification.application.port.out.Notifications;
import org.madoguchi.notification.domain.model.NotFound;
import org.madoguchi.notification.domain.model.Notification;

/** Marks one's own notification read; another person's reads as not found. */
@ApplicationScoped
class MarkReadService implements MarkReadUseCase {

    private final Notifications notifications;
    private final Clock clock;

    MarkReadService(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Notification markRead(MarkReadCommand command) {
        Notification notification = notifications.byId(command.notification())
                .orElseThrow(() -> NotFound.notification(command.notification()));
        Notification read = notification.readBy(command.actor(), clock.instant());
        if (read != notification) {
            notifications.markRead(read);
        }
        return read;
    }
}
