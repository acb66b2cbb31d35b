package org.madoguchi.notification.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.notification.application.port.out.Notifications;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.NotificationId;
import org.madoguchi.notification.domain.model.NotificationKind;

/**
 * Notifications in PostgreSQL. A new one is inserted with {@code on conflict do nothing} on its source, recipient
 * and kind, so a repeated source is refused by the database itself, concurrently too, without failing the
 * transaction.
 */
@ApplicationScoped
class NotificationPersistenceAdapter implements Notifications {

    private final EntityManager em;

    NotificationPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Notification> add(Notification n) {
        List<?> sequence = em.createNativeQuery("""
                        insert into notification (id, recipient, kind, language, title, body, source_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (source_id, recipient, kind) do nothing
                        returning seq""")
                .setParameter(1, n.id().value())
                .setParameter(2, n.recipient())
                .setParameter(3, n.kind().name())
                .setParameter(4, n.language().name())
                .setParameter(5, n.title())
                .setParameter(6, n.body())
                .setParameter(7, n.sourceId())
                .setParameter(8, n.createdAt())
                .getResultList();
        if (sequence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Notification(n.id(), n.recipient(), n.kind(), n.language(), n.title(), n.body(),
                n.sourceId(), n.createdAt(), n.readAt(), ((Number) sequence.get(0)).longValue()));
    }

    @Override
    public Optional<Notification> byId(NotificationId id) {
        return Optional.ofNullable(em.find(NotificationEntity.class, id.value())).map(NotificationPersistenceAdapter::toDomain);
    }

    @Override
    public void markRead(Notification notification) {
        NotificationEntity entity = em.find(NotificationEntity.class, notification.id().value());
        entity.readAt = notification.readAt().orElse(null);
    }

    @Override
    public List<Notification> inboxOf(String subject, boolean unreadOnly, int limit) {
        String unread = unreadOnly ? " and readAt is null" : "";
        return em.createQuery("from NotificationEntity where recipient = ?1" + unread + " order by seq desc",
                        NotificationEntity.class)
                .setParameter(1, subject).setMaxResults(limit).getResultList().stream()
                .map(NotificationPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Notification> inboxAfter(String subject, long afterSequence, int limit) {
        return em.createQuery("from NotificationEntity where recipient = ?1 and seq > ?2 order by seq",
                        NotificationEntity.class)
                .setParameter(1, subject).setParameter(2, afterSequence).setMaxResults(limit).getResultList().stream()
                .map(NotificationPersistenceAdapter::toDomain).toList();
    }

    @Override
    public long lastSequenceOf(String subject) {
        return em.createQuery("select coalesce(max(seq), 0) from NotificationEntity where recipient = ?1", Long.class)
                .setParameter(1, subject).getSingleResult();
    }

    private static Notification toDomain(NotificationEntity e) {
        return new Notification(new NotificationId(e.id), e.recipient, NotificationKind.valueOf(e.kind),
                Language.valueOf(e.language), e.title, e.body, e.sourceId, e.createdAt, Optional.ofNullable(e.readAt),
                e.seq);
    }
}
