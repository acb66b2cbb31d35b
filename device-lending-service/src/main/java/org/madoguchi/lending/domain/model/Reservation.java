package org.madoguchi.lending.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * 予約: a booking of one device for a period and purpose. Same-day use is confirmed at once;
 * anything past the end of the day waits for the site's lending desk.
 */
public record Reservation(
        UUID id,
        UUID deviceId,
        String siteCode,
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
    public static Reservation request(UUID deviceId, String siteCode, Borrower borrower, Period period,
                                      Purpose purpose, String note, Instant now, ZoneId zone) {
        ReservationStatus status = period.withinOneDay(zone) ? ReservationStatus.CONFIRMED : ReservationStatus.PENDING;
        return new Reservation(UUID.randomUUID(), deviceId, siteCode, borrower, period, purpose, note, status, now, null, null);
    }

    public boolean disasterResponse() {
        return purpose == Purpose.DISASTER_RESPONSE;
    }

    public boolean needsApproval() {
        return status == ReservationStatus.PENDING;
    }

    public Reservation approve(String by, Instant at, String comment) {
        require(status == ReservationStatus.PENDING, "approve");
        return with(ReservationStatus.CONFIRMED, new Decision(by, at, comment), cancellation);
    }

    public Reservation decline(String by, Instant at, String comment) {
        require(status == ReservationStatus.PENDING, "decline");
        return with(ReservationStatus.DECLINED, new Decision(by, at, comment), cancellation);
    }

    /** Cancelling is allowed until hand-over. */
    public Reservation cancel(String by, Instant at, CancellationReason reason) {
        require(status == ReservationStatus.PENDING || status == ReservationStatus.CONFIRMED, "cancel");
        return with(ReservationStatus.CANCELLED, decision, new Cancellation(by, at, reason));
    }

    /** Handed over: only a confirmed booking that is due (from {@code early} before its start until its end). */
    public Reservation handOver(Instant at, Duration early) {
        require(status == ReservationStatus.CONFIRMED, "hand over");
        if (at.isBefore(period.start().minus(early)) || !at.isBefore(period.end())) {
            throw new NotDue(this, at);
        }
        return with(ReservationStatus.LENT, decision, cancellation);
    }

    /** Still held after its end without approval. */
    public Reservation overdue(Instant at) {
        require(status == ReservationStatus.LENT && !at.isBefore(period.end()), "mark overdue");
        return with(ReservationStatus.OVERDUE, decision, cancellation);
    }

    public Reservation returned() {
        require(status.held(), "take back");
        return with(ReservationStatus.RETURNED, decision, cancellation);
    }

    /** The device was lost while held: the booking ends. */
    public Reservation lost() {
        require(status.held(), "end by loss");
        return with(ReservationStatus.LOST, decision, cancellation);
    }

    private Reservation with(ReservationStatus next, Decision d, Cancellation c) {
        return new Reservation(id, deviceId, siteCode, borrower, period, purpose, note, next, requestedAt, d, c);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new InvalidTransition(this, action);
        }
    }

    /** The booking's status does not allow what was asked. */
    public static final class InvalidTransition extends RuntimeException {
        private final transient Reservation reservation;

        public InvalidTransition(Reservation reservation, String action) {
            super("cannot " + action + " a reservation that is " + reservation.status());
            this.reservation = reservation;
        }

        public Reservation reservation() {
            return reservation;
        }
    }

    /** A hand-over outside the booking's time. */
    public static final class NotDue extends RuntimeException {
        private final transient Reservation reservation;

        public NotDue(Reservation reservation, Instant at) {
            super("reservation " + reservation.id() + " is not due at " + at);
            this.reservation = reservation;
        }

        public Reservation reservation() {
            return reservation;
        }
    }
}
