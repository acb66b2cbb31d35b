package org.madoguchi.notification.application.port.out;

import java.util.List;
import java.util.Optional;

import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.NotificationId;

/** The notifications made, and so every person's in-app inbox. */
public interface Notifications {

    /**
     * Stores a new notification; returns it with its inbox sequence, or empty when its source already notified
     * that person of that kind (nothing is stored then).
     */
    Optional<Notification> add(Notification notification);

    Optional<Notification> byId(NotificationId id);

    /** Stores that it was read. */
    void markRead(Notification notification);

    /** A person's inbox, newest first, at most {@code limit} items; only the unread ones if asked. */
    List<Notification> inboxOf(String subject, boolean unreadOnly, int limit);

    /** What reached a person's inbox after the item with sequence {@code afterSequence}, oldest first. */
    List<Notification> inboxAfter(String subject, long afterSequence, int limit);

    /** The highest sequence in a person's inbox; 0 when it is empty. */
    long lastSequenceOf(String subject);
}
