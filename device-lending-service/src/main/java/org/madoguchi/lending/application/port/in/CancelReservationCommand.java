package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.ReservationId;

/** A cancellation, by the borrower or by the desk of the booking's site. */
public record CancelReservationCommand(ReservationId reservationId, Actor actor) {

    public CancelReservationCommand {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(actor, "actor");
    }
}
