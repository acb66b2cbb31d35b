package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.ReturnDeviceCommand;
import org.madoguchi.lending.application.port.in.ReturnDeviceUseCase;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.LendingLedger;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;

/** The desk's return (返却): the ledger entry completed, and an incident for what is missing or damaged. */
@ApplicationScoped
class ReturnDeviceService implements ReturnDeviceUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final LendingLedger ledger;
    private final Incidents incidents;
    private final LendingEvents events;
    private final Clock clock;

    ReturnDeviceService(Inventory inventory, Reservations reservations, LendingLedger ledger, Incidents incidents,
                        LendingEvents events, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.ledger = ledger;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReturnOutcome takeBack(ReturnDeviceCommand command) {
        Reservation reservation = reservations.byId(command.reservationId())
                .orElseThrow(() -> NotFound.reservation(command.reservationId()));
        command.desk().requireDeskOf(reservation.siteCode());
        Device device = inventory.lock(reservation.deviceId()).orElseThrow();
        Lending entry = ledger.byReservation(reservation.id())
                .orElseThrow(() -> new NotFound(NotFound.What.HAND_OVER, reservation.id()));
        Instant now = clock.instant();
        Lending completed = entry.takeBack(now, command.desk().subject(), command.kitReturned(),
                command.notebookReturned(), command.notebookConfirmedByOwner(), command.damageNote());
        boolean faultOpen = incidents.atSite(device.siteCode(), true).stream()
                .anyMatch(i -> i.deviceId().equals(device.id()) && i.kind() == Incident.Kind.FAULT);
        Device back = device.returned(completed.returnCheck().damaged() || faultOpen);
        Reservation returned = reservation.returned();
        reservations.update(returned);
        inventory.save(back);
        ledger.update(completed);
        events.publish(new LendingEvent.DeviceReturned(completed, back, now));

        List<Incident> opened = new ArrayList<>();
        String borrower = reservation.borrower().subject();
        if (!completed.returnCheck().missingItems().isEmpty()) {
            String missing = completed.returnCheck().missingItems().stream().map(KitItem::name).sorted()
                    .collect(Collectors.joining(", "));
            opened.add(open(back, reservation.id(), Incident.Kind.MISSING_ITEMS, missing, borrower, now));
        }
        if (completed.returnCheck().damaged()) {
            opened.add(open(back, reservation.id(), Incident.Kind.DAMAGE, completed.returnCheck().damageNote(), borrower, now));
        }
        return new ReturnOutcome(completed, opened);
    }

    private Incident open(Device device, ReservationId reservationId, Incident.Kind kind, String description,
                          String borrower, Instant now) {
        Incident incident = Incident.open(device, reservationId, kind, description, borrower, now);
        incidents.add(incident);
        events.publish(new LendingEvent.IncidentOpened(incident, borrower, now));
        return incident;
    }
}
