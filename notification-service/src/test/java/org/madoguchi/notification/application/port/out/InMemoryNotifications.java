package org.madoguchi.notification.application.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.NotificationId;

/** {@link Notifications} in memory: once per source, person and kind, with an inbox sequence. */
public final class InMemoryNotifications implements Notifications {

    private final Map<NotificationId, Notification> stored = new ConcurrentHashMap<>();
    private final Set<String> made = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public synchronized Optional<Notification> add(Notification n) {
        if (!made.add(n.sourceId() + "|" + n.recipient() + "|" + n.kind())) {
            return Optional.empty();
        }
        Notification withSequence = new Notification(n.id(), n.recipient(), n.kind(), n.language(), n.title(), n.body(),
                n.sourceId(), n.createdAt(), n.readAt(), sequence.incrementAndGet());
        stored.put(n.id(), withSequence);
        return Optional.of(withSequence);
    }

    @Override
    public Optional<Notification> byId(NotificationId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public void markRead(Notification notification) {
        stored.computeIfPresent(notification.id(), (id, old) -> notification);
    }

    @Override
    public List<Notification> inboxOf(String subject, boolean unreadOnly, int limit) {
        return stored.values().stream().filter(n -> n.recipient().equals(subject))
                .filter(n -> !unreadOnly || n.readAt().isEmpty())
                .sorted(Comparator.comparingLong(Notification::sequence).reversed()).limit(limit).toList();
    }

    @Override
    public List<Notification> inboxAfter(String subject, long afterSequence, int limit) {
        return stored.values().stream().filter(n -> n.recipient().equals(subject) && n.sequence() > afterSequence)
                .sorted(Comparator.comparingLong(Notification::sequence)).limit(limit).toList();
    }

    @Override
    public long lastSequenceOf(String subject) {
        return stored.values().stream().filter(n -> n.recipient().equals(subject)).mapToLong(Notification::sequence)
                .max().orElse(0);
    }

    /** Everything stored, for the use-case tests. */
    public List<Notification> all() {
        return stored.values().stream().sorted(Comparator.comparingLong(Notification::sequence)).toList();
    }
}
