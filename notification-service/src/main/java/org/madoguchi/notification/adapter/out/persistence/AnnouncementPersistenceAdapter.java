package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.notification.application.port.out.Announcements;
import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.AnnouncementId;
import org.madoguchi.notification.domain.model.AnnouncementStatus;
import org.madoguchi.notification.domain.model.Audience;

/** Announcements in PostgreSQL; those due for fan-out are claimed with {@code for update skip locked}. */
@ApplicationScoped
class AnnouncementPersistenceAdapter implements Announcements {

    private final EntityManager em;

    AnnouncementPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Announcement announcement) {
        AnnouncementEntity entity = new AnnouncementEntity();
        entity.id = announcement.id().value();
        copy(announcement, entity);
        em.persist(entity);
    }

    @Override
    public void update(Announcement announcement) {
        copy(announcement, em.find(AnnouncementEntity.class, announcement.id().value()));
    }

    @Override
    public Optional<Announcement> byId(AnnouncementId id) {
        return Optional.ofNullable(em.find(AnnouncementEntity.class, id.value())).map(AnnouncementPersistenceAdapter::toDomain);
    }

    @Override
    public List<Announcement> shownAt(Instant now) {
        return em.createQuery("from AnnouncementEntity where status = 'PUBLISHED' and shownFrom <= ?1 and shownUntil > ?1"
                        + " order by shownFrom desc, createdAt desc", AnnouncementEntity.class)
                .setParameter(1, now).getResultList().stream().map(AnnouncementPersistenceAdapter::toDomain).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Announcement> claimDueForFanOut(Instant now, int limit) {
        em.flush();
        List<AnnouncementEntity> due = em.createNativeQuery("""
                        select * from announcement
                         where status = 'PUBLISHED' and fanned_out_at is null and shown_from <= ?1 and shown_until > ?1
                         order by shown_from
                         limit ?2
                         for update skip locked""", AnnouncementEntity.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return due.stream().map(AnnouncementPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Announcement> recent(int limit) {
        return em.createQuery("from AnnouncementEntity order by createdAt desc, id", AnnouncementEntity.class)
                .setMaxResults(limit).getResultList().stream().map(AnnouncementPersistenceAdapter::toDomain).toList();
    }

    private static void copy(Announcement a, AnnouncementEntity e) {
        e.title = a.title();
        e.titleEn = a.titleEn();
        e.body = a.body();
        e.bodyEn = a.bodyEn();
        e.audience = a.audience().name();
        e.department = a.department().orElse(null);
        e.shownFrom = a.from();
        e.shownUntil = a.until();
        e.status = a.status().name();
        e.createdBy = a.createdBy();
        e.createdAt = a.createdAt();
        e.publishedAt = a.publishedAt();
        e.withdrawnAt = a.withdrawnAt();
        e.fannedOutAt = a.fannedOutAt();
    }

    private static Announcement toDomain(AnnouncementEntity e) {
        return new Announcement(new AnnouncementId(e.id), e.title, e.titleEn, e.body, e.bodyEn,
                Audience.valueOf(e.audience), Optional.ofNullable(e.department), e.shownFrom, e.shownUntil,
                AnnouncementStatus.valueOf(e.status), e.createdBy, e.createdAt, e.publishedAt, e.withdrawnAt,
                e.fannedOutAt);
    }
}
