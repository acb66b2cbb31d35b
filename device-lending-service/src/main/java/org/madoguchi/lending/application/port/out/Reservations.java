package org.madoguchi.lending.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;

/** The bookings of every device. */
public interface Reservations {

    Optional<Reservation> byId(ReservationId id);

    /** What holds the device in the window: active bookings and maintenance windows, worded in the city's zone. */
    DeviceAgenda agenda(DeviceId deviceId, Period window);

    /**
     * Stores a new booking. The store itself refuses an active booking that overlaps another
     * of the same device (throws {@link DeviceAgenda.BookingConflict}).
     */
    void add(Reservation reservation);

    /** Stores the new state; throws {@code ConcurrentChange} if the booking changed since it was read. */
    void update(Reservation reservation);

    /** Active bookings of the sites (all sites when empty) that end after {@code from}. */
    List<Reservation> activeAt(Collection<SiteCode> siteCodes, Instant from);

    /** Handed-over bookings whose end has passed. */
    List<Reservation> lentPastEnd(Instant now);

    /** The booking under which the device is held now, if it is. */
    Optional<Reservation> heldBooking(DeviceId deviceId);

    List<Reservation> byBorrower(String subject, boolean activeOnly);

    /** Bookings of a site overlapping the window, any status. */
    List<Reservation> atSite(SiteCode siteCode, Period window);
}
