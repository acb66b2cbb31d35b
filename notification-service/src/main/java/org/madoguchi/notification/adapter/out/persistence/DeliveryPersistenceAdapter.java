package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.madoguchi.notification.application.port.out.Deliveries;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.NotificationId;

/** The delivery log in PostgreSQL; due deliveries are claimed with {@code for update skip locked}. */
@ApplicationScoped
class DeliveryPersistenceAdapter implements Deliveries {

    private final EntityManager em;

    DeliveryPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Delivery delivery) {
        DeliveryEntity entity = new DeliveryEntity();
        entity.id = delivery.id().value();
        entity.notificationId = delivery.notificationId().value();
        entity.channel = delivery.channel().name();
        copy(delivery, entity);
        em.persist(entity);
    }

    @Override
    public void update(Delivery delivery) {
        copy(delivery, em.find(DeliveryEntity.class, delivery.id().value()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Delivery> claimDue(Instant now, int limit) {
        em.flush();
        List<DeliveryEntity> due = em.createNativeQuery("""
                        select * from delivery
                         where status in ('PENDING', 'HELD') and next_attempt_at <= ?1
                         order by next_attempt_at
                         limit ?2
                         for update skip locked""", DeliveryEntity.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return due.stream().map(DeliveryPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Delivery> ofNotification(NotificationId id) {
        return em.createQuery("from DeliveryEntity where notificationId = ?1 order by channel", DeliveryEntity.class)
                .setParameter(1, id.value()).getResultList().stream().map(DeliveryPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Delivery> recent(Optional<DeliveryStatus> status, Optional<Channel> channel, int limit) {
        List<String> where = new ArrayList<>();
        status.ifPresent(s -> where.add("status = :status"));
        channel.ifPresent(c -> where.add("channel = :channel"));
        String jpql = "from DeliveryEntity" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by updatedAt desc, id";
        TypedQuery<DeliveryEntity> query = em.createQuery(jpql, DeliveryEntity.class).setMaxResults(limit);
        status.ifPresent(s -> query.setParameter("status", s.name()));
        channel.ifPresent(c -> query.setParameter("channel", c.name()));
        return query.getResultList().stream().map(DeliveryPersistenceAdapter::toDomain).toList();
    }

    private static void copy(Delivery d, DeliveryEntity entity) {
        entity.status = d.status().name();
        entity.attempts = d.attempts();
        entity.nextAttemptAt = d.nextAttemptAt();
        entity.lastError = d.lastError();
        entity.sentAt = d.sentAt();
        entity.address = d.address();
        entity.suppressedBecause = d.suppressedBecause();
        entity.updatedAt = Instant.now();
    }

    private static Delivery toDomain(DeliveryEntity e) {
        return new Delivery(new DeliveryId(e.id), new NotificationId(e.notificationId), Channel.valueOf(e.channel),
                DeliveryStatus.valueOf(e.status), e.attempts, e.nextAttemptAt, e.lastError, e.sentAt, e.address,
                e.suppressedBecause);
    }
}
