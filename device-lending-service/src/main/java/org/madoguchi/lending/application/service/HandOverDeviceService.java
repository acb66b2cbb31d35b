package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.HandOverDeviceCommand;
import org.madoguchi.lending.application.port.in.HandOverDeviceUseCase;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.LendingLedger;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Reservation;

/** The desk's hand-over (貸出) of a booked device, written to the ledger. */
@ApplicationScoped
class HandOverDeviceService implements HandOverDeviceUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final LendingLedger ledger;
    private final LendingEvents events;
    private final LendingPolicy policy;
    private final Clock clock;

    HandOverDeviceService(Inventory inventory, Reservations reservations, LendingLedger ledger, LendingEvents events,
                          LendingPolicy policy, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.ledger = ledger;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Lending handOver(HandOverDeviceCommand command) {
        Reservation reservation = reservations.byId(command.reservationId())
                .orElseThrow(() -> NotFound.reservation(command.reservationId()));
        command.desk().requireDeskOf(reservation.siteCode());
        Device device = inventory.lock(reservation.deviceId()).orElseThrow();
        Instant now = clock.instant();
        Reservation lent = reservation.handOver(now, policy);
        Device out = device.handedOver();
        Lending entry = Lending.handOver(lent, now, command.desk().subject(), command.notebook(), command.kit(),
                command.disinfected(), command.operationChecked(), command.rulesAcknowledged());
        reservations.update(lent);
        inventory.save(out);
        ledger.add(entry);
        events.publish(new LendingEvent.DeviceHandedOver(entry, out, lent.period().end(), now));
        return entry;
    }
}
