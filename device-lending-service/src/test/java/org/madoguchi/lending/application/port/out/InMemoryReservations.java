package org.madoguchi.lending.application.port.out;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * {@link Reservations} in memory. Like the table's exclusion constraint it refuses an active booking that
 * overlaps another active booking of the device, naming the earliest one it overlaps; an agenda holds the
 * device's maintenance windows from the {@link InMemoryMaintenanceLog}.
 */
public final class InMemoryReservations implements Reservations {

    private static final Comparator<Reservation> BY_START = Comparator.comparing(r -> r.period().start());

    private final Map<ReservationId, Reservation> reservations = new LinkedHashMap<>();
    private final InMemoryMaintenanceLog maintenance;
    private final ZoneId timeZone;
    private final InMemoryTransactions transactions;

    public InMemoryReservations(InMemoryMaintenanceLog maintenance, ZoneId timeZone, InMemoryTransactions transactions) {
        this.maintenance = maintenance;
        this.timeZone = timeZone;
        this.transactions = transactions;
    }

    public InMemoryReservations(InMemoryMaintenanceLog maintenance, ZoneId timeZone) {
        this(maintenance, timeZone, new InMemoryTransactions());
    }

    /** Every booking stored, for tests that check nothing was. */
    public Collection<Reservation> stored() {
        return List.copyOf(reservations.values());
    }

    @Override
    public Optional<Reservation> byId(ReservationId id) {
        return Optional.ofNullable(reservations.get(id)).map(r -> transactions.read(r.id(), r));
    }

    @Override
    public DeviceAgenda agenda(DeviceId deviceId, Period window) {
        return new DeviceAgenda(deviceId, where(r -> r.deviceId().equals(deviceId) && r.status().active()
                && r.period().overlaps(window), BY_START), maintenance.overlapping(deviceId, window), timeZone);
    }

    @Override
    public void add(Reservation reservation) {
        if (reservation.status().active()) {
            reservations.values().stream()
                    .filter(r -> r.deviceId().equals(reservation.deviceId()) && r.status().active()
                            && r.period().overlaps(reservation.period()))
                    .min(BY_START)
                    .ifPresent(clash -> {
                        throw new DeviceAgenda.ReservationOverlaps(clash.id(), clash.period(), timeZone);
                    });
        }
        reservations.put(reservation.id(), reservation);
        transactions.added(reservation.id());
    }

    @Override
    public void update(Reservation reservation) {
        if (!reservations.containsKey(reservation.id())) {
            throw new IllegalStateException("no booking " + reservation.id() + " to update");
        }
        transactions.changed(reservation.id());
        reservations.put(reservation.id(), reservation);
    }

    @Override
    public List<Reservation> activeAt(Collection<SiteCode> siteCodes, Instant from) {
        return where(r -> r.status().active() && r.period().end().isAfter(from)
                && (siteCodes.isEmpty() || siteCodes.contains(r.siteCode())), BY_START);
    }

    @Override
    public List<Reservation> lentPastEnd(Instant now) {
        return where(r -> r.status() == ReservationStatus.LENT && !r.period().end().isAfter(now),
                Comparator.comparing(r -> r.period().end()));
    }

    @Override
    public Optional<Reservation> heldBooking(DeviceId deviceId) {
        return where(r -> r.deviceId().equals(deviceId) && r.status().held(), BY_START).stream().findFirst();
    }

    @Override
    public List<Reservation> byBorrower(String subject, boolean activeOnly) {
        return where(r -> r.borrower().subject().equals(subject) && (!activeOnly || r.status().active()), BY_START);
    }

    @Override
    public List<Reservation> atSite(SiteCode siteCode, Period window) {
        return where(r -> r.siteCode().equals(siteCode) && r.period().overlaps(window), BY_START);
    }

    private List<Reservation> where(Predicate<Reservation> filter, Comparator<Reservation> order) {
        return reservations.values().stream().filter(filter).sorted(order)
                .map(r -> transactions.read(r.id(), r)).toList();
    }
}
