package org.madoguchi.notification.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.PublishAnnouncementCommand;
import org.madoguchi.notification.application.port.in.PublishAnnouncementUseCase;
import org.madoguchi.notification.application.port.out.Announcements;
import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.NotFound;

/** Publishes a draft; the fan-out puts it into the inboxes once its period begins. */
@ApplicationScoped
class PublishAnnouncementService implements PublishAnnouncementUseCase {

    private final Announcements announcements;
    private final Clock clock;

    PublishAnnouncementService(Announcements announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Announcement publish(PublishAnnouncementCommand command) {
        command.actor().requireInformationPolicy();
        Announcement published = announcements.byId(command.announcement())
                .orElseThrow(() -> NotFound.announcement(command.announcement())).publish(clock.instant());
        announcements.update(published);
        return published;
    }
}
