package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.ReportLossCommand;
import org.madoguchi.lending.application.port.in.ReportLossUseCase;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Reservation;

/** A loss (紛失): the device is lost, the booking it was held under ends, and an incident opens. */
@ApplicationScoped
class ReportLossService implements ReportLossUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final Incidents incidents;
    private final LendingEvents events;
    private final Clock clock;

    ReportLossService(Inventory inventory, Reservations reservations, Incidents incidents, LendingEvents events,
                      Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Incident reportLoss(ReportLossCommand command) {
        Device device = inventory.lock(command.deviceId()).orElseThrow(() -> NotFound.device(command.deviceId()));
        Optional<Reservation> held = reservations.heldBooking(device.id());
        command.actor().requireHolderOrDeskOf(device, held);
        Instant now = clock.instant();
        Device lost = device.lost();
        held.ifPresent(r -> reservations.update(r.lost()));
        Incident incident = Incident.open(lost, held.map(Reservation::id).orElse(null), Incident.Kind.LOSS,
                command.description(), held.map(r -> r.borrower().subject()).orElse(command.actor().subject()), now);
        inventory.save(lost);
        incidents.add(incident);
        events.publish(new LendingEvent.DeviceReportedLost(lost, incident, command.actor().subject(), now));
        events.publish(new LendingEvent.IncidentOpened(incident, incident.reporter(), now));
        return incident;
    }
}
