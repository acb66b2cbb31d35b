package org.madoguchi.lending.domain.model;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.madoguchi.platform.failure.DomainFailure;

/**
 * What already holds one device: its active bookings and maintenance windows. It admits a new booking only
 * where nothing overlaps, so that no two active bookings of a device ever do; it words a clash in the city's
 * time zone.
 */
public record DeviceAgenda(DeviceId deviceId, List<Reservation> reservations, List<MaintenanceWindow> maintenance,
                           ZoneId timeZone) {

    public DeviceAgenda {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(timeZone, "timeZone");
        reservations = reservations.stream().filter(r -> r.status().active()).toList();
        maintenance = List.copyOf(maintenance);
    }

    public static DeviceAgenda empty(DeviceId deviceId, ZoneId timeZone) {
        return new DeviceAgenda(deviceId, List.of(), List.of(), timeZone);
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
        return new DeviceAgenda(deviceId, next, maintenance, timeZone);
    }

    /** The agenda with a booking replaced by its new state (cancelled, approved …). */
    public DeviceAgenda update(Reservation changed) {
        List<Reservation> next = new ArrayList<>(reservations.stream().filter(r -> !r.id().equals(changed.id())).toList());
        next.add(changed);
        return new DeviceAgenda(deviceId, next, maintenance, timeZone);
    }

    /** The first booking or maintenance window that overlaps the period, earliest first. */
    public Optional<BookingConflict> firstClash(Period period) {
        Optional<BookingConflict> booking = reservations.stream()
                .filter(r -> r.period().overlaps(period))
                .min(Comparator.comparing(r -> r.period().start()))
                .map(r -> new ReservationOverlaps(r.id(), r.period(), timeZone));
        if (booking.isPresent()) {
            return booking;
        }
        return maintenance.stream()
                .filter(m -> m.period().overlaps(period))
                .min(Comparator.comparing(m -> m.period().start()))
                .map(m -> new MaintenanceOverlaps(m.id(), m.period(), timeZone));
    }

    /** Whether nothing holds the device in the period. */
    public boolean isFree(Period period) {
        return firstClash(period).isEmpty();
    }

    /**
     * The period is already taken by another booking or a maintenance window. The arguments are the clashing
     * period's start and end in the city's zone ({@code yyyy-MM-dd HH:mm}) and as instants, and the id of what
     * holds it.
     */
    public abstract static sealed class BookingConflict extends DomainFailure
            permits ReservationOverlaps, MaintenanceOverlaps {

        private static final long serialVersionUID = 1L;

        private final transient Period clashingPeriod;

        BookingConflict(String code, Identifier clashing, Period clashingPeriod, ZoneId zone) {
            super(Kind.CONFLICT, code, WallClock.format(clashingPeriod.start(), zone),
                    WallClock.format(clashingPeriod.end(), zone), clashingPeriod.start().toString(),
                    clashingPeriod.end().toString(), clashing.value().toString());
            this.clashingPeriod = clashingPeriod;
        }

        public Period clashingPeriod() {
            return clashingPeriod;
        }
    }

    /** Another active booking of the device overlaps the period. */
    public static final class ReservationOverlaps extends BookingConflict {

        private static final long serialVersionUID = 1L;

        private final ReservationId clashing;

        public ReservationOverlaps(ReservationId clashing, Period clashingPeriod, ZoneId zone) {
            super("reservation-overlaps", clashing, clashingPeriod, zone);
            this.clashing = clashing;
        }

        public ReservationId clashing() {
            return clashing;
        }
    }

    /** Maintenance of the device (charging, Windows Update, repair …) is planned in the period. */
    public static final class MaintenanceOverlaps extends BookingConflict {

        private static final long serialVersionUID = 1L;

        private final MaintenanceWindowId clashing;

        public MaintenanceOverlaps(MaintenanceWindowId clashing, Period clashingPeriod, ZoneId zone) {
            super("device-in-maintenance", clashing, clashingPeriod, zone);
            this.clashing = clashing;
        }

        public MaintenanceWindowId clashing() {
            return clashing;
        }
    }
}
