package org.madoguchi.lending.adapter.out.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * Bookings in PostgreSQL. The table's exclusion constraint ({@code reservation_no_overlap}) is the last word
 * on overlaps: a violation becomes a {@link DeviceAgenda.BookingConflict} naming the booking that holds the
 * period.
 */
@ApplicationScoped
class ReservationPersistenceAdapter implements Reservations {

    private static final List<String> ACTIVE = List.of("PENDING", "CONFIRMED", "LENT", "OVERDUE");
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final EntityManager em;
    private final LendingPolicy policy;

    ReservationPersistenceAdapter(EntityManager em, LendingPolicy policy) {
        this.em = em;
        this.policy = policy;
    }

    @Override
    public Optional<Reservation> byId(ReservationId id) {
        return Optional.ofNullable(em.find(ReservationEntity.class, id.value()))
                .map(ReservationPersistenceAdapter::toDomain);
    }

    @Override
    public DeviceAgenda agenda(DeviceId deviceId, Period window) {
        List<Reservation> active = em.createQuery("""
                        from ReservationEntity where deviceId = :device and status in :active
                        and startsAt < :end and endsAt > :start""", ReservationEntity.class)
                .setParameter("device", deviceId.value()).setParameter("active", ACTIVE)
                .setParameter("start", window.start()).setParameter("end", window.end())
                .getResultList().stream().map(ReservationPersistenceAdapter::toDomain).toList();
        List<MaintenanceWindow> windows = em.createQuery("""
                        from MaintenanceEntity where deviceId = :device and startsAt < :end and endsAt > :start""",
                        MaintenanceEntity.class)
                .setParameter("device", deviceId.value()).setParameter("start", window.start())
                .setParameter("end", window.end())
                .getResultList().stream().map(MaintenanceLogPersistenceAdapter::toDomain).toList();
        return new DeviceAgenda(deviceId, active, windows, policy.timeZone());
    }

    @Override
    public void add(Reservation reservation) {
        ReservationEntity entity = new ReservationEntity();
        entity.id = reservation.id().value();
        copy(reservation, entity);
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            if (exclusionViolated(e)) {
                throw clashWith(reservation);
            }
            throw e;
        }
    }

    @Override
    public void update(Reservation reservation) {
        copy(reservation, em.find(ReservationEntity.class, reservation.id().value()));
        Flushes.flush(em);
    }

    @Override
    public List<Reservation> activeAt(Collection<SiteCode> siteCodes, Instant from) {
        String sites = siteCodes.isEmpty() ? "" : " and siteCode in :sites";
        var query = em.createQuery("from ReservationEntity where status in :active and endsAt > :from" + sites
                        + " order by startsAt", ReservationEntity.class)
                .setParameter("active", ACTIVE).setParameter("from", from);
        if (!siteCodes.isEmpty()) {
            query.setParameter("sites", siteCodes.stream().map(SiteCode::value).toList());
        }
        return query.getResultList().stream().map(ReservationPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Reservation> lentPastEnd(Instant now) {
        return em.createQuery("from ReservationEntity where status = 'LENT' and endsAt <= :now order by endsAt",
                        ReservationEntity.class)
                .setParameter("now", now).getResultList().stream().map(ReservationPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<Reservation> heldBooking(DeviceId deviceId) {
        return em.createQuery("from ReservationEntity where deviceId = :device and status in ('LENT', 'OVERDUE')",
                        ReservationEntity.class)
                .setParameter("device", deviceId.value()).getResultStream().findFirst()
                .map(ReservationPersistenceAdapter::toDomain);
    }

    @Override
    public List<Reservation> byBorrower(String subject, boolean activeOnly) {
        String active = activeOnly ? " and status in :active" : "";
        var query = em.createQuery("from ReservationEntity where borrowerSubject = :subject" + active + " order by startsAt",
                ReservationEntity.class).setParameter("subject", subject);
        if (activeOnly) {
            query.setParameter("active", ACTIVE);
        }
        return query.getResultList().stream().map(ReservationPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Reservation> atSite(SiteCode siteCode, Period window) {
        return em.createQuery("""
                        from ReservationEntity where siteCode = :site and startsAt < :end and endsAt > :start
                        order by startsAt""", ReservationEntity.class)
                .setParameter("site", siteCode.value()).setParameter("start", window.start())
                .setParameter("end", window.end())
                .getResultList().stream().map(ReservationPersistenceAdapter::toDomain).toList();
    }

    /** The booking that won: read in a transaction of its own, since this one is aborted. */
    private DeviceAgenda.BookingConflict clashWith(Reservation refused) {
        return QuarkusTransaction.requiringNew().call(() -> agenda(refused.deviceId(), refused.period())
                .firstClash(refused.period())
                .orElse(new DeviceAgenda.ReservationOverlaps(refused.id(), refused.period(), policy.timeZone())));
    }

    private static boolean exclusionViolated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void copy(Reservation r, ReservationEntity entity) {
        entity.deviceId = r.deviceId().value();
        entity.siteCode = r.siteCode().value();
        entity.borrowerSubject = r.borrower().subject();
        entity.borrowerName = r.borrower().name();
        entity.borrowerDepartment = r.borrower().department();
        entity.startsAt = r.period().start();
        entity.endsAt = r.period().end();
        entity.purpose = r.purpose().name();
        entity.note = r.note();
        entity.disasterResponse = r.disasterResponse();
        entity.status = r.status().name();
        entity.requestedAt = r.requestedAt();
        if (r.decision() != null) {
            entity.decidedBy = r.decision().by();
            entity.decidedAt = r.decision().at();
            entity.decisionComment = r.decision().comment();
        }
        if (r.cancellation() != null) {
            entity.cancelledBy = r.cancellation().by();
            entity.cancelledAt = r.cancellation().at();
            entity.cancellationReason = r.cancellation().reason().name();
        }
    }

    private static Reservation toDomain(ReservationEntity entity) {
        Reservation.Decision decision = entity.decidedAt == null ? null
                : new Reservation.Decision(entity.decidedBy, entity.decidedAt, entity.decisionComment);
        Reservation.Cancellation cancellation = entity.cancelledAt == null ? null
                : new Reservation.Cancellation(entity.cancelledBy, entity.cancelledAt,
                        CancellationReason.valueOf(entity.cancellationReason));
        return new Reservation(new ReservationId(entity.id), new DeviceId(entity.deviceId), new SiteCode(entity.siteCode),
                new Borrower(entity.borrowerSubject, entity.borrowerName, entity.borrowerDepartment),
                new Period(entity.startsAt, entity.endsAt), Purpose.valueOf(entity.purpose), entity.note,
                ReservationStatus.valueOf(entity.status), entity.requestedAt, decision, cancellation);
    }
}
