package org.madoguchi.notification.application.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.AnnouncementQueries;
import org.madoguchi.notification.application.port.out.Announcements;
import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Announcement;

/** The feeds: what is shown now, to whom. */
@ApplicationScoped
class AnnouncementQueryService implements AnnouncementQueries {

    private static final int LONGEST = 200;

    private final Announcements announcements;
    private final Clock clock;

    AnnouncementQueryService(Announcements announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Announcement> publicFeed() {
        return announcements.shownAt(clock.instant()).stream().filter(Announcement::isPublic).toList();
    }

    @Override
    @Transactional
    public List<Announcement> staffFeed(Actor actor) {
        return announcements.shownAt(clock.instant()).stream().filter(a -> a.forStaffOf(actor.department())).toList();
    }

    @Override
    @Transactional
    public List<Announcement> all(Actor actor) {
        actor.requireInformationPolicy();
        return announcements.recent(LONGEST);
    }
}
