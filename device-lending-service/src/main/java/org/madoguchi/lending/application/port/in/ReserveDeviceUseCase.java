package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Reservation;

/**
 * 予約: books a device, or any free device of a site, for a period and purpose. No two active
 * bookings of a device overlap; same-day use is confirmed at once, longer use waits for the desk.
 */
public interface ReserveDeviceUseCase {

    Reservation reserve(ReserveDeviceCommand command);
}
