package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Reservation;

import java.util.UUID;

/** The borrower, or the site's desk, cancels a booking until the device is handed over. */
public interface CancelReservationUseCase {

    Reservation cancel(UUID reservationId, Actor actor);
}
