package org.madoguchi.lending.application.service;

import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory out-ports of the lending core, for tests of the use cases without a database. */
final class InMemoryLending implements Inventory, Reservations, DisasterDeclarations, LendingEvents {

    static final LendingPolicy POLICY = new LendingPolicy(ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(30), Duration.ofDays(366),
            Duration.ofMinutes(15), LocalTime.of(8, 30), LocalTime.of(17, 15));

    final Map<SiteCode, Site> sites = new LinkedHashMap<>();
    final Map<DeviceId, Device> devices = new LinkedHashMap<>();
    final Map<ReservationId, Reservation> reservations = new LinkedHashMap<>();
    final Map<DisasterDeclarationId, DisasterDeclaration> declarations = new LinkedHashMap<>();
    final List<LendingEvent> published = new ArrayList<>();

    // Inventory

    @Override
    public List<Site> sites() {
        return List.copyOf(sites.values());
    }

    @Override
    public Optional<Site> site(SiteCode code) {
        return Optional.ofNullable(sites.get(code));
    }

    @Override
    public void save(Site site) {
        sites.put(site.code(), site);
    }

    @Override
    public Optional<Device> device(DeviceId id) {
        return Optional.ofNullable(devices.get(id));
    }

    @Override
    public Optional<Device> device(DeviceNumber number) {
        return devices.values().stream().filter(d -> d.number().equals(number)).findFirst();
    }

    @Override
    public Optional<Device> lock(DeviceId id) {
        return device(id);
    }

    @Override
    public List<Device> devicesAt(SiteCode siteCode) {
        return devices.values().stream().filter(d -> d.siteCode().equals(siteCode)).sorted(Comparator.comparing(Device::number)).toList();
    }

    @Override
    public List<Device> devices() {
        return devices.values().stream().sorted(Comparator.comparing(Device::number)).toList();
    }

    @Override
    public void save(Device device) {
        devices.put(device.id(), device);
    }

    // Reservations

    @Override
    public Optional<Reservation> byId(ReservationId id) {
        return Optional.ofNullable(reservations.get(id));
    }

    @Override
    public DeviceAgenda agenda(DeviceId deviceId, Period window) {
        return new DeviceAgenda(deviceId, reservations.values().stream()
                .filter(r -> r.deviceId().equals(deviceId) && r.period().overlaps(window)).toList(), List.of(),
                POLICY.timeZone());
    }

    @Override
    public void add(Reservation reservation) {
        reservations.put(reservation.id(), reservation);
    }

    @Override
    public void update(Reservation reservation) {
        reservations.put(reservation.id(), reservation);
    }

    @Override
    public List<Reservation> activeAt(Collection<SiteCode> siteCodes, Instant from) {
        return reservations.values().stream().filter(r -> r.status().active() && r.period().end().isAfter(from))
                .filter(r -> siteCodes.isEmpty() || siteCodes.contains(r.siteCode())).toList();
    }

    @Override
    public List<Reservation> lentPastEnd(Instant now) {
        return reservations.values().stream().filter(r -> r.status() == ReservationStatus.LENT
                && !r.period().end().isAfter(now)).toList();
    }

    @Override
    public Optional<Reservation> heldBooking(DeviceId deviceId) {
        return reservations.values().stream().filter(r -> r.deviceId().equals(deviceId) && r.status().held()).findFirst();
    }

    @Override
    public List<Reservation> byBorrower(String subject, boolean activeOnly) {
        return reservations.values().stream().filter(r -> r.borrower().subject().equals(subject))
                .filter(r -> !activeOnly || r.status().active()).toList();
    }

    @Override
    public List<Reservation> atSite(SiteCode siteCode, Period window) {
        return reservations.values().stream().filter(r -> r.siteCode().equals(siteCode) && r.period().overlaps(window)).toList();
    }

    // Disaster declarations

    @Override
    public void add(DisasterDeclaration declaration) {
        declarations.put(declaration.id(), declaration);
    }

    @Override
    public void update(DisasterDeclaration declaration) {
        declarations.put(declaration.id(), declaration);
    }

    @Override
    public Optional<DisasterDeclaration> declaration(DisasterDeclarationId id) {
        return Optional.ofNullable(declarations.get(id));
    }

    @Override
    public List<DisasterDeclaration> inForce() {
        return declarations.values().stream().filter(d -> !d.lifted()).toList();
    }

    // Events

    @Override
    public void publish(LendingEvent event) {
        published.add(event);
    }
}
