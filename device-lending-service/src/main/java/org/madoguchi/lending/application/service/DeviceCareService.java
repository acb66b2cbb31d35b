package org.madoguchi.lending.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.madoguchi.lending.application.port.in.LendingFailure;
import jakarta.transaction.Transactional;
import org.madoguchi.lending.application.port.in.DeviceIncidentsUseCase;
import org.madoguchi.lending.application.port.in.LogMaintenanceUseCase;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceStatus;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Loss, disabling, restoring, faults, incident reports and maintenance of devices. */
@ApplicationScoped
public class DeviceCareService implements DeviceIncidentsUseCase, LogMaintenanceUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final Incidents incidents;
    private final MaintenanceLog maintenance;
    private final LendingEvents events;
    private final Clock clock;

    DeviceCareService(Inventory inventory, Reservations reservations, Incidents incidents,
                      MaintenanceLog maintenance, LendingEvents events, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.incidents = incidents;
        this.maintenance = maintenance;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Incident reportLoss(UUID deviceId, Actor actor, String description) {
        Device device = lock(deviceId);
        Optional<Reservation> held = reservations.heldBooking(deviceId);
        requireHolderOrDesk(device, held, actor);
        Instant now = clock.instant();
        Device lost = device.lost();
        held.ifPresent(r -> reservations.update(r.lost()));
        Incident incident = Incident.open(lost, held.map(Reservation::id).orElse(null), Incident.Kind.LOSS,
                description, held.map(r -> r.borrower().subject()).orElse(actor.subject()), now);
        inventory.save(lost);
        incidents.add(incident);
        events.publish(new LendingEvent.DeviceReportedLost(lost, incident, actor.subject(), now));
        events.publish(new LendingEvent.IncidentOpened(incident, incident.reporter(), now));
        return incident;
    }

    @Override
    @Transactional
    public Incident recordDisabling(UUID deviceId, Actor desk) {
        Device device = lock(deviceId);
        desk.requireDeskOf(device.siteCode());
        Incident loss = incidents.openLoss(deviceId).orElseThrow(() ->
                new LendingFailure(LendingFailure.Reason.NOT_LOST, "device is not reported lost", device.number().label()));
        if (loss.disabledAt() != null) {
            throw new LendingFailure(LendingFailure.Reason.ALREADY_DISABLED, "device already disabled", device.number().label());
        }
        Instant now = clock.instant();
        Incident disabled = loss.disabled(desk.subject(), now);
        incidents.update(disabled);
        events.publish(new LendingEvent.DeviceDisabled(device, disabled, now));
        return disabled;
    }

    @Override
    @Transactional
    public Device restore(UUID deviceId, Actor desk, String inspectionNote) {
        Device device = lock(deviceId);
        desk.requireDeskOf(device.siteCode());
        Optional<Incident> loss = incidents.openLoss(deviceId);
        if (device.status() == DeviceStatus.LOST && loss.map(i -> i.disabledAt() == null).orElse(false)) {
            throw new LendingFailure(LendingFailure.Reason.NOT_DISABLED,
                    "a lost device is disabled before it is restored", device.number().label());
        }
        Instant now = clock.instant();
        Device restored = device.restored();
        inventory.save(restored);
        events.publish(new LendingEvent.DeviceRestored(restored, desk.subject(), inspectionNote, now));
        return restored;
    }

    @Override
    @Transactional
    public Incident reportFault(UUID deviceId, Actor actor, String description) {
        Device device = lock(deviceId);
        Optional<Reservation> held = reservations.heldBooking(deviceId);
        requireHolderOrDesk(device, held, actor);
        Instant now = clock.instant();
        // a device out on loan stays lent until it is back; the return then takes it out of service
        Device faulty = held.isPresent() ? device : device.faulty();
        Incident incident = Incident.open(faulty, held.map(Reservation::id).orElse(null), Incident.Kind.FAULT,
                description, actor.subject(), now);
        inventory.save(faulty);
        incidents.add(incident);
        events.publish(new LendingEvent.DeviceFaultReported(faulty, incident, now));
        return incident;
    }

    @Override
    @Transactional
    public Incident submitReport(UUID incidentId, Actor actor, String report) {
        Incident incident = incidents.incident(incidentId).orElseThrow(() -> LendingFailure.notFound("incident", incidentId));
        if (!incident.reporter().equals(actor.subject())) {
            actor.requireDeskOf(incident.siteCode());
        }
        Incident reported = incident.submitReport(report, clock.instant());
        incidents.update(reported);
        return reported;
    }

    @Override
    @Transactional
    public Incident close(UUID incidentId, Actor desk, String resolution) {
        Incident incident = incidents.incident(incidentId).orElseThrow(() -> LendingFailure.notFound("incident", incidentId));
        desk.requireDeskOf(incident.siteCode());
        Instant now = clock.instant();
        Incident closed = incident.close(desk.subject(), now, resolution);
        incidents.update(closed);
        events.publish(new LendingEvent.IncidentClosed(closed, now));
        return closed;
    }

    @Override
    @Transactional
    public MaintenanceWindow log(LogMaintenanceCommand command) {
        Device device = lock(command.deviceId());
        command.desk().requireDeskOf(device.siteCode());
        MaintenanceWindow entry = new MaintenanceWindow(UUID.randomUUID(), device.id(), command.kind(), command.period(),
                command.note(), command.desk().subject(), clock.instant());
        reservations.agenda(device.id(), command.period()).firstClash(command.period()).ifPresent(clash -> {
            throw clash;
        });
        maintenance.add(entry);
        return entry;
    }

    private Device lock(UUID deviceId) {
        return inventory.lock(deviceId).orElseThrow(() -> LendingFailure.notFound("device", deviceId));
    }

    private static void requireHolderOrDesk(Device device, Optional<Reservation> held, Actor actor) {
        boolean holder = held.map(r -> r.borrower().subject().equals(actor.subject())).orElse(false);
        if (!holder && !actor.runsDeskOf(device.siteCode())) {
            throw new LendingFailure(LendingFailure.Reason.NOT_HOLDER,
                    "only the holder of the device or its desk may report this", device.number().label());
        }
    }
}
