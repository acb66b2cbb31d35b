package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Reservation;

/** The site's lending desk approves or declines a booking that runs past its day. */
public interface DecideReservationUseCase {

    Reservation decide(DecideReservationCommand command);
}
