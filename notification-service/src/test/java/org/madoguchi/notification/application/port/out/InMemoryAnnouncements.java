package org.madoguchi.notification.application.port.out;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.AnnouncementId;

/** {@link Announcements} in memory. */
public final class InMemoryAnnouncements implements Announcements {

    private final Map<AnnouncementId, Announcement> stored = new ConcurrentHashMap<>();

    @Override
    public void add(Announcement announcement) {
        stored.put(announcement.id(), announcement);
    }

    @Override
    public void update(Announcement announcement) {
        if (stored.replace(announcement.id(), announcement) == null) {
            throw new IllegalStateException("no announcement " + announcement.id());
        }
    }

    @Override
    public Optional<Announcement> byId(AnnouncementId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<Announcement> shownAt(Instant now) {
        return stored.values().stream().filter(a -> a.shownAt(now))
                .sorted(Comparator.comparing(Announcement::from).reversed()).toList();
    }

    @Override
    public List<Announcement> claimDueForFanOut(Instant now, int limit) {
        return stored.values().stream().filter(a -> a.dueForFanOut(now)).sorted(Comparator.comparing(Announcement::from))
                .limit(limit).toList();
    }

    @Override
    public List<Announcement> recent(int limit) {
        return stored.values().stream().sorted(Comparator.comparing(Announcement::createdAt).reversed()).limit(limit)
                .toList();
    }
}
