package org.madoguchi.notification.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.FanOutAnnouncementsUseCase;
import org.madoguchi.notification.application.port.out.Announcements;
import org.madoguchi.notification.application.port.out.NotificationEvents;
import org.madoguchi.notification.domain.event.NotificationEvent;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Notice;
import org.madoguchi.notification.domain.model.NotificationKind;

/** Fans each due announcement out to its audience's inboxes under a claim, once, and reports it published. */
@ApplicationScoped
class FanOutAnnouncementsService implements FanOutAnnouncementsUseCase {

    private static final int BATCH = 10;

    private final Announcements announcements;
    private final Notifier notifier;
    private final NotificationEvents events;
    private final Clock clock;

    FanOutAnnouncementsService(Announcements announcements, Notifier notifier, NotificationEvents events, Clock clock) {
        this.announcements = announcements;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int fanOutDue() {
        Instant now = clock.instant();
        int done = 0;
        for (Announcement announcement : announcements.claimDueForFanOut(now, BATCH)) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("announcementId", announcement.id().toString());
            facts.put("title", announcement.title(Language.JA));
            facts.put("titleEn", announcement.title(Language.EN));
            facts.put("body", announcement.body(Language.JA));
            facts.put("bodyEn", announcement.body(Language.EN));
            facts.put("shownFrom", announcement.from());
            facts.put("shownUntil", announcement.until());
            int recipients = 0;
            for (Addressee to : announcement.addressees()) {
                recipients += notifier.deliver("announcement:" + announcement.id(),
                        new Notice(to, NotificationKind.ANNOUNCEMENT, facts), now);
            }
            announcements.update(announcement.fannedOut(now));
            events.publish(new NotificationEvent.AnnouncementPublished(announcement, recipients, now));
            done++;
        }
        return done;
    }
}
