package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Reservation;

import java.util.UUID;

/** The site's lending desk approves or declines a booking that runs past its day. */
public interface DecideReservationUseCase {

    Reservation approve(UUID reservationId, Actor desk, String comment);

    Reservation decline(UUID reservationId, Actor desk, String comment);
}
