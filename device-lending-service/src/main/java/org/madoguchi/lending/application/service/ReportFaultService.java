package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.ReportFaultCommand;
import org.madoguchi.lending.application.port.in.ReportFaultUseCase;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Reservation;

/** A fault (故障): an idle device goes out of service at once, a lent one when it comes back. */
@ApplicationScoped
class ReportFaultService implements ReportFaultUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final Incidents incidents;
    private final LendingEvents events;
    private final Clock clock;

    ReportFaultService(Inventory inventory, Reservations reservations, Incidents incidents, LendingEvents events,
                       Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Incident reportFault(ReportFaultCommand command) {
        Device device = inventory.lock(command.deviceId()).orElseThrow(() -> NotFound.device(command.deviceId()));
        Optional<Reservation> held = reservations.heldBooking(device.id());
        command.actor().requireHolderOrDeskOf(device, held);
        Instant now = clock.instant();
        // a device out on loan stays lent until it is back; the return then takes it out of service
        Device faulty = held.isPresent() ? device : device.faulty();
        Incident incident = Incident.open(faulty, held.map(Reservation::id).orElse(null), Incident.Kind.FAULT,
                command.description(), command.actor().subject(), now);
        inventory.save(faulty);
        incidents.add(incident);
        events.publish(new LendingEvent.DeviceFaultReported(faulty, incident, now));
        return incident;
    }
}
