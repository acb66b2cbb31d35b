package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.notification.application.port.out.Reminders;
import org.madoguchi.notification.domain.model.Booking;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Reminder;
import org.madoguchi.notification.domain.model.ReminderId;
import org.madoguchi.notification.domain.model.ReminderStatus;

/** Reminders in PostgreSQL; due ones are claimed with {@code for update skip locked}, so one instance sends each. */
@ApplicationScoped
class ReminderPersistenceAdapter implements Reminders {

    private final EntityManager em;

    ReminderPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void schedule(Reminder reminder) {
        em.createQuery("delete from ReminderEntity where reservationId = ?1 and kind = ?2 and status = 'SCHEDULED'")
                .setParameter(1, reminder.booking().reservationId()).setParameter(2, reminder.kind().name())
                .executeUpdate();
        ReminderEntity entity = new ReminderEntity();
        entity.id = reminder.id().value();
        entity.kind = reminder.kind().name();
        Booking b = reminder.booking();
        entity.reservationId = b.reservationId();
        entity.deviceNumber = b.deviceNumber();
        entity.siteCode = b.siteCode();
        entity.borrower = b.borrower();
        entity.startsAt = b.start();
        entity.endsAt = b.end();
        entity.purpose = b.purpose();
        entity.bookingStatus = b.status();
        entity.dueAt = reminder.dueAt();
        entity.status = reminder.status().name();
        em.persist(entity);
    }

    @Override
    public int drop(String reservationId, Set<NotificationKind> kinds) {
        return em.createQuery("update ReminderEntity set status = 'DROPPED' where reservationId = ?1 and kind in ?2"
                        + " and status = 'SCHEDULED'")
                .setParameter(1, reservationId).setParameter(2, kinds.stream().map(Enum::name).toList())
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Reminder> claimDue(Instant now, int limit) {
        em.flush();
        List<ReminderEntity> due = em.createNativeQuery("""
                        select * from reminder
                         where status = 'SCHEDULED' and due_at <= ?1
                         order by due_at
                         limit ?2
                         for update skip locked""", ReminderEntity.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return due.stream().map(ReminderPersistenceAdapter::toDomain).toList();
    }

    @Override
    public void update(Reminder reminder) {
        em.find(ReminderEntity.class, reminder.id().value()).status = reminder.status().name();
    }

    @Override
    public List<Reminder> ofBooking(String reservationId) {
        return em.createQuery("from ReminderEntity where reservationId = ?1 order by dueAt", ReminderEntity.class)
                .setParameter(1, reservationId).getResultList().stream().map(ReminderPersistenceAdapter::toDomain).toList();
    }

    private static Reminder toDomain(ReminderEntity e) {
        return new Reminder(new ReminderId(e.id), NotificationKind.valueOf(e.kind),
                new Booking(e.reservationId, e.deviceNumber, e.siteCode, e.borrower, e.startsAt, e.endsAt, e.purpose,
                        e.bookingStatus),
                e.dueAt, ReminderStatus.valueOf(e.status));
    }
}
