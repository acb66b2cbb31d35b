package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * 通知: what one person is told about one thing, worded in their language when it was made; it lands in their
 * inbox and goes out on the channels they chose. One source (an event, a reminder, an announcement) notifies a
 * person of a kind once.
 *
 * @param sequence the order in which the inbox received it; 0 until it is stored
 * @param sourceId the event, reminder or announcement it comes from
 */
public record Notification(NotificationId id, String recipient, NotificationKind kind, Language language,
                           String title, String body, String sourceId, Instant createdAt, Optional<Instant> readAt,
                           long sequence) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(createdAt, "createdAt");
        readAt = readAt == null ? Optional.empty() : readAt;
    }

    public static Notification create(String recipient, NotificationKind kind, Message message, String sourceId,
                                      Instant now) {
        return new Notification(NotificationId.random(), recipient, kind, message.language(), message.title(),
                message.body(), sourceId, now, Optional.empty(), 0);
    }

    /** Whether this notification is for the person with that subject: nobody reads another's inbox. */
    public boolean isFor(Actor actor) {
        return recipient.equals(actor.subject());
    }

    /** Marked read by its recipient at {@code now}; reading it again keeps the first time. */
    public Notification readBy(Actor actor, Instant now) {
        if (!isFor(actor)) {
            throw NotFound.notification(id);
        }
        return readAt.isPresent() ? this
                : new Notification(id, recipient, kind, language, title, body, sourceId, createdAt, Optional.of(now), sequence);
    }
}
