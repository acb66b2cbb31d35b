package org.madoguchi.notification.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.AnnouncementId;

/** The announcements (お知らせ), drafts to withdrawn. */
public interface Announcements {

    void add(Announcement announcement);

    void update(Announcement announcement);

    Optional<Announcement> byId(AnnouncementId id);

    /** Published announcements whose period holds {@code now}, newest period first. */
    List<Announcement> shownAt(Instant now);

    /** Published announcements whose period began and that are not in the inboxes yet, each claimed for this transaction. */
    List<Announcement> claimDueForFanOut(Instant now, int limit);

    /** The newest announcements, any status. */
    List<Announcement> recent(int limit);
}
