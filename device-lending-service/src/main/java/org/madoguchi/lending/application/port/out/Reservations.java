package org.madoguchi.lending.application.port.out;

import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The bookings of every device. */
public interface Reservations {

    Optional<Reservation> byId(UUID id);

    /** What holds the device in the window: active bookings and maintenance windows. */
    DeviceAgenda agenda(UUID deviceId, Period window);

    /**
     * Stores a new booking. The store itself refuses an active booking that overlaps another
     * of the same device (throws {@code DeviceAgenda.BookingConflict}).
     */
    void add(Reservation reservation);

    void update(Reservation reservation);

    /** Active bookings of the sites (all sites when empty) that end after {@code from}. */
    List<Reservation> activeAt(Collection<String> siteCodes, Instant from);

    /** Handed-over bookings whose end has passed. */
    List<Reservation> lentPastEnd(Instant now);

    /** The booking under which the device is held now, if it is. */
    Optional<Reservation> heldBooking(UUID deviceId);

    List<Reservation> byBorrower(String subject, boolean activeOnly);

    /** Bookings of a site overlapping the window, any status. */
    List<Reservation> atSite(String siteCode, Period window);
}
