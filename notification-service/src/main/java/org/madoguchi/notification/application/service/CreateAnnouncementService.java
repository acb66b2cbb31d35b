package org.madoguchi.notification.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.CreateAnnouncementCommand;
import org.madoguchi.notification.application.port.in.CreateAnnouncementUseCase;
import org.madoguchi.notification.application.port.out.Announcements;
import org.madoguchi.notification.domain.model.Announcement;

/** Drafts an announcement, for 情報政策課 only. */
@ApplicationScoped
class CreateAnnouncementService implements CreateAnnouncementUseCase {

    private final Announcements announcements;
    private final Clock clock;

    CreateAnnouncementService(Announcements announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Announcement create(CreateAnnouncementCommand c) {
        c.actor().requireInformationPolicy();
        Announcement draft = Announcement.draft(c.title(), c.titleEn(), c.body(), c.bodyEn(), c.audience(),
                c.department(), c.from(), c.until(), c.actor().subject(), clock.instant());
        announcements.add(draft);
        return draft;
    }
}
