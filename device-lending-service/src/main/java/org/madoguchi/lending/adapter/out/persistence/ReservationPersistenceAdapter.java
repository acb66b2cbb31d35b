package org.madoguchi.lending.adapter.out.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationStatus;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bookings and maintenance windows in PostgreSQL. The table's exclusion constraint
 * ({@code reservation_no_overlap}) is the last word on overlaps: a violation becomes a
 * {@link DeviceAgenda.BookingConflict} naming the booking that holds the period.
 */
@ApplicationScoped
class ReservationPersistenceAdapter implements Reservations, MaintenanceLog {

    static final List<String> ACTIVE = List.of("PENDING", "CONFIRMED", "LENT", "OVERDUE");
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final EntityManager em;

    ReservationPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Reservation> byId(UUID id) {
        return Optional.ofNullable(em.find(ReservationRow.class, id)).map(ReservationPersistenceAdapter::reservation);
    }

    @Override
    public DeviceAgenda agenda(UUID deviceId, Period window) {
        List<Reservation> active = em.createQuery("""
                        from ReservationRow where deviceId = :device and status in :active
                        and startsAt < :end and endsAt > :start""", ReservationRow.class)
                .setParameter("device", deviceId).setParameter("active", ACTIVE)
                .setParameter("start", window.start()).setParameter("end", window.end())
                .getResultList().stream().map(ReservationPersistenceAdapter::reservation).toList();
        List<MaintenanceWindow> windows = em.createQuery("""
                        from MaintenanceRow where deviceId = :device and startsAt < :end and endsAt > :start""", MaintenanceRow.class)
                .setParameter("device", deviceId).setParameter("start", window.start()).setParameter("end", window.end())
                .getResultList().stream().map(ReservationPersistenceAdapter::maintenance).toList();
        return new DeviceAgenda(deviceId, active, windows);
    }

    @Override
    public void add(Reservation reservation) {
        ReservationRow row = new ReservationRow();
        row.id = reservation.id();
        write(reservation, row);
        try {
            em.persist(row);
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
        ReservationRow row = em.find(ReservationRow.class, reservation.id());
        write(reservation, row);
        // a concurrent change of the same booking fails here, as a conflict the caller sees, not at commit
        em.flush();
    }

    @Override
    public List<Reservation> activeAt(Collection<String> siteCodes, Instant from) {
        String sites = siteCodes.isEmpty() ? "" : " and siteCode in :sites";
        var query = em.createQuery("from ReservationRow where status in :active and endsAt > :from" + sites
                        + " order by startsAt", ReservationRow.class)
                .setParameter("active", ACTIVE).setParameter("from", from);
        if (!siteCodes.isEmpty()) {
            query.setParameter("sites", siteCodes);
        }
        return query.getResultList().stream().map(ReservationPersistenceAdapter::reservation).toList();
    }

    @Override
    public List<Reservation> lentPastEnd(Instant now) {
        return em.createQuery("from ReservationRow where status = 'LENT' and endsAt <= :now order by endsAt", ReservationRow.class)
                .setParameter("now", now).getResultList().stream().map(ReservationPersistenceAdapter::reservation).toList();
    }

    @Override
    public Optional<Reservation> heldBooking(UUID deviceId) {
        return em.createQuery("from ReservationRow where deviceId = :device and status in ('LENT', 'OVERDUE')", ReservationRow.class)
                .setParameter("device", deviceId).getResultStream().findFirst().map(ReservationPersistenceAdapter::reservation);
    }

    @Override
    public List<Reservation> byBorrower(String subject, boolean activeOnly) {
        String active = activeOnly ? " and status in :active" : "";
        var query = em.createQuery("from ReservationRow where borrowerSubject = :subject" + active + " order by startsAt",
                ReservationRow.class).setParameter("subject", subject);
        if (activeOnly) {
            query.setParameter("active", ACTIVE);
        }
        return query.getResultList().stream().map(ReservationPersistenceAdapter::reservation).toList();
    }

    @Override
    public List<Reservation> atSite(String siteCode, Period window) {
        return em.createQuery("""
                        from ReservationRow where siteCode = :site and startsAt < :end and endsAt > :start
                        order by startsAt""", ReservationRow.class)
                .setParameter("site", siteCode).setParameter("start", window.start()).setParameter("end", window.end())
                .getResultList().stream().map(ReservationPersistenceAdapter::reservation).toList();
    }

    @Override
    public void add(MaintenanceWindow entry) {
        MaintenanceRow row = new MaintenanceRow();
        row.id = entry.id();
        row.deviceId = entry.deviceId();
        row.kind = entry.kind().name();
        row.startsAt = entry.period().start();
        row.endsAt = entry.period().end();
        row.note = entry.note();
        row.loggedBy = entry.loggedBy();
        row.loggedAt = entry.loggedAt();
        em.persist(row);
    }

    @Override
    public List<MaintenanceWindow> ofDevice(UUID deviceId) {
        return em.createQuery("from MaintenanceRow where deviceId = :device order by startsAt", MaintenanceRow.class)
                .setParameter("device", deviceId).getResultList().stream().map(ReservationPersistenceAdapter::maintenance).toList();
    }

    /** The booking that won: read in a transaction of its own, since this one is aborted. */
    private DeviceAgenda.BookingConflict clashWith(Reservation refused) {
        return QuarkusTransaction.requiringNew().call(() -> agenda(refused.deviceId(), refused.period())
                .firstClash(refused.period())
                .orElse(new DeviceAgenda.BookingConflict(refused.deviceId(), refused.id(), refused.period(), false)));
    }

    private static boolean exclusionViolated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void write(Reservation r, ReservationRow row) {
        row.deviceId = r.deviceId();
        row.siteCode = r.siteCode();
        row.borrowerSubject = r.borrower().subject();
        row.borrowerName = r.borrower().name();
        row.borrowerDepartment = r.borrower().department();
        row.startsAt = r.period().start();
        row.endsAt = r.period().end();
        row.purpose = r.purpose().name();
        row.note = r.note();
        row.disasterResponse = r.disasterResponse();
        row.status = r.status().name();
        row.requestedAt = r.requestedAt();
        if (r.decision() != null) {
            row.decidedBy = r.decision().by();
            row.decidedAt = r.decision().at();
            row.decisionComment = r.decision().comment();
        }
        if (r.cancellation() != null) {
            row.cancelledBy = r.cancellation().by();
            row.cancelledAt = r.cancellation().at();
            row.cancellationReason = r.cancellation().reason().name();
        }
    }

    static Reservation reservation(ReservationRow row) {
        Reservation.Decision decision = row.decidedAt == null ? null
                : new Reservation.Decision(row.decidedBy, row.decidedAt, row.decisionComment);
        Reservation.Cancellation cancellation = row.cancelledAt == null ? null
                : new Reservation.Cancellation(row.cancelledBy, row.cancelledAt, CancellationReason.valueOf(row.cancellationReason));
        return new Reservation(row.id, row.deviceId, row.siteCode,
                new Borrower(row.borrowerSubject, row.borrowerName, row.borrowerDepartment),
                new Period(row.startsAt, row.endsAt), Purpose.valueOf(row.purpose), row.note,
                ReservationStatus.valueOf(row.status), row.requestedAt, decision, cancellation);
    }

    static MaintenanceWindow maintenance(MaintenanceRow row) {
        return new MaintenanceWindow(row.id, row.deviceId, MaintenanceWindow.Kind.valueOf(row.kind),
                new Period(row.startsAt, row.endsAt), row.note, row.loggedBy, row.loggedAt);
    }
}
