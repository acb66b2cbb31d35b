package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.ReservationId;

/**
 * The desk's decision on a pending booking.
 *
 * @param desk    who decides: the lending desk of the booking's site, or 情報政策課
 * @param comment why, for the borrower; may be {@code null}
 */
public record DecideReservationCommand(ReservationId reservationId, Actor desk, Verdict verdict, String comment) {

    /** What the desk decided. */
    public enum Verdict { APPROVE, DECLINE }

    public DecideReservationCommand {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(verdict, "verdict");
    }
}
