package org.madoguchi.lending.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import org.madoguchi.platform.failure.DomainFailure;

/**
 * 予約: a booking of one device for a period and purpose. Same-day use is confirmed at once;
 * anything past the end of the day waits for the site's lending desk.
 */
public record Reservation(
        ReservationId id,
        DeviceId deviceId,
        SiteCode siteCode,
        Borrower borrower,
        Period period,
        Purpose purpose,
        String note,
        ReservationStatus status,
        Instant requestedAt,
        Decision decision,
        Cancellation cancellation) {

    /** Who approved or declined, when, and why. */
    public record Decision(String by, Instant at, String comment) {
    }

    /** Who cancelled, when, and why. */
    public record Cancellation(String by, Instant at, CancellationReason reason) {
    }

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** A new booking: confirmed at once when it stays within its day in {@code zone}, else pending. */
    public static Reservation request(DeviceId deviceId, SiteCode siteCode, Borrower borrower, Period period,
                                      Purpose purpose, String note, Instant now, ZoneId zone) {
        ReservationStatus status = period.withinOneDay(zone) ? ReservationStatus.CONFIRMED : ReservationStatus.PENDING;
        return new Reservation(ReservationId.random(), deviceId, siteCode, borrower, period, purpose, note, status, now,
                null, null);
    }

    public boolean disasterResponse() {
        return purpose == Purpose.DISASTER_RESPONSE;
    }

    public boolean needsApproval() {
        return status == ReservationStatus.PENDING;
    }

    /**
     * The booking as {@code viewer} may see it: who booked it and the note only for its borrower and the desk
     * of its site, the department for everyone.
     */
    public VisibleReservation visibleTo(Actor viewer) {
        return new VisibleReservation(this, viewer.is(borrower.subject()) || viewer.runsDeskOf(siteCode));
    }

    public Reservation approve(String by, Instant at, String comment) {
        require(status == ReservationStatus.PENDING);
        return with(ReservationStatus.CONFIRMED, new Decision(by, at, comment), cancellation);
    }

    public Reservation decline(String by, Instant at, String comment) {
        require(status == ReservationStatus.PENDING);
        return with(ReservationStatus.DECLINED, new Decision(by, at, comment), cancellation);
    }

    /** Cancelling is allowed until hand-over. */
    public Reservation cancel(String by, Instant at, CancellationReason reason) {
        require(status == ReservationStatus.PENDING || status == ReservationStatus.CONFIRMED);
        return with(ReservationStatus.CANCELLED, decision, new Cancellation(by, at, reason));
    }

    /**
     * Handed over: only a confirmed booking that is due, from the policy's {@code handOverEarly} before its
     * start until its end.
     */
    public Reservation handOver(Instant at, LendingPolicy policy) {
        require(status == ReservationStatus.CONFIRMED);
        if (at.isBefore(period.start().minus(policy.handOverEarly())) || !at.isBefore(period.end())) {
            throw new NotDue(this, policy.timeZone());
        }
        return with(ReservationStatus.LENT, decision, cancellation);
    }

    /** Still held after its end without approval. */
    public Reservation overdue(Instant at) {
        require(status == ReservationStatus.LENT && !at.isBefore(period.end()));
        return with(ReservationStatus.OVERDUE, decision, cancellation);
    }

    public Reservation returned() {
        require(status.held());
        return with(ReservationStatus.RETURNED, decision, cancellation);
    }

    /** The device was lost while held: the booking ends. */
    public Reservation lost() {
        require(status.held());
        return with(ReservationStatus.LOST, decision, cancellation);
    }

    private Reservation with(ReservationStatus next, Decision d, Cancellation c) {
        return new Reservation(id, deviceId, siteCode, borrower, period, purpose, note, next, requestedAt, d, c);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new InvalidTransition(this);
        }
    }

    /** The booking's status does not allow what was asked; the argument is that status. */
    public static final class InvalidTransition extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public InvalidTransition(Reservation reservation) {
            super(Kind.CONFLICT, "reservation-status", reservation.status().name());
        }
    }

    /** A hand-over outside the booking's time; the argument is its start in the city's zone. */
    public static final class NotDue extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public NotDue(Reservation reservation, ZoneId zone) {
            super(Kind.CONFLICT, "reservation-not-due", WallClock.format(reservation.period().start(), zone));
        }
    }
}
