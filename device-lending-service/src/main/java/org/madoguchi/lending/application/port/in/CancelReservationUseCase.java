package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Reservation;

/** The borrower, or the site's desk, cancels a booking until the device is handed over. */
public interface CancelReservationUseCase {

    Reservation cancel(CancelReservationCommand command);
}
