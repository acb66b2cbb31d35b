package org.madoguchi.lending.domain.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What already holds one device: its active bookings and maintenance windows. It admits a new
 * booking only where nothing overlaps, so that no two active bookings of a device ever do.
 */
public record DeviceAgenda(UUID deviceId, List<Reservation> reservations, List<MaintenanceWindow> maintenance) {

    public DeviceAgenda {
        reservations = reservations.stream().filter(r -> r.status().active()).toList();
        maintenance = List.copyOf(maintenance);
    }

    public static DeviceAgenda empty(UUID deviceId) {
        return new DeviceAgenda(deviceId, List.of(), List.of());
    }

    /** The agenda with the booking added; throws {@link BookingConflict} if anything overlaps it. */
    public DeviceAgenda admit(Reservation booking) {
        if (!booking.deviceId().equals(deviceId)) {
            throw new IllegalArgumentException("booking of another device");
        }
        firstClash(booking.period()).ifPresent(clash -> {
            throw clash;
        });
        List<Reservation> next = new ArrayList<>(reservations);
        next.add(booking);
        return new DeviceAgenda(deviceId, next, maintenance);
    }

    /** The agenda with a booking replaced by its new state (cancelled, approved …). */
    public DeviceAgenda update(Reservation changed) {
        List<Reservation> next = new ArrayList<>(reservations.stream().filter(r -> !r.id().equals(changed.id())).toList());
        next.add(changed);
        return new DeviceAgenda(deviceId, next, maintenance);
    }

    /** The first booking or maintenance window that overlaps the period, earliest first. */
    public Optional<BookingConflict> firstClash(Period period) {
        Optional<BookingConflict> booking = reservations.stream()
                .filter(r -> r.period().overlaps(period))
                .min(Comparator.comparing(r -> r.period().start()))
                .map(r -> new BookingConflict(deviceId, r.id(), r.period(), false));
        if (booking.isPresent()) {
            return booking;
        }
        return maintenance.stream()
                .filter(m -> m.period().overlaps(period))
                .min(Comparator.comparing(m -> m.period().start()))
                .map(m -> new BookingConflict(deviceId, m.id(), m.period(), true));
    }

    /** Whether nothing holds the device in the period. */
    public boolean isFree(Period period) {
        return firstClash(period).isEmpty();
    }

    /** The period is already taken by another booking or a maintenance window. */
    public static final class BookingConflict extends RuntimeException {
        private final UUID deviceId;
        private final UUID clashingId;
        private final transient Period clashingPeriod;
        private final boolean maintenance;

        public BookingConflict(UUID deviceId, UUID clashingId, Period clashingPeriod, boolean maintenance) {
            super("device " + deviceId + " is taken " + clashingPeriod.start() + " – " + clashingPeriod.end()
                    + (maintenance ? " by maintenance" : " by reservation " + clashingId));
            this.deviceId = deviceId;
            this.clashingId = clashingId;
            this.clashingPeriod = clashingPeriod;
            this.maintenance = maintenance;
        }

        public UUID deviceId() {
            return deviceId;
        }

        public UUID clashingId() {
            return clashingId;
        }

        public Period clashingPeriod() {
            return clashingPeriod;
        }

        public boolean maintenance() {
            return maintenance;
        }
    }
}
