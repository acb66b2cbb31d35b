package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.ReserveDeviceCommand;
import org.madoguchi.lending.application.port.in.ReserveDeviceUseCase;
import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.DisasterModeInForce;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.NoDeviceFree;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.UnknownSite;

/** Books a device, or the first free one of a site; every booking of a device runs under that device's lock. */
@ApplicationScoped
class ReserveDeviceService implements ReserveDeviceUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final DisasterDeclarations disasters;
    private final LendingEvents events;
    private final LendingPolicy policy;
    private final Clock clock;

    ReserveDeviceService(Inventory inventory, Reservations reservations, DisasterDeclarations disasters,
                         LendingEvents events, LendingPolicy policy, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.disasters = disasters;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Reservation reserve(ReserveDeviceCommand command) {
        Instant now = clock.instant();
        Period period = command.period();
        policy.checkBooking(period, now);
        if (command.deviceId() != null) {
            Device device = inventory.lock(command.deviceId()).orElseThrow(() -> NotFound.device(command.deviceId()));
            return book(device, command, now);
        }
        inventory.site(command.siteCode()).orElseThrow(() -> new UnknownSite(command.siteCode()));
        for (Device candidate : inventory.devicesAt(command.siteCode())) {
            if (!candidate.status().bookable()) {
                continue;
            }
            Device device = inventory.lock(candidate.id()).orElseThrow();
            if (device.status().bookable() && reservations.agenda(device.id(), period).isFree(period)) {
                return book(device, command, now);
            }
        }
        throw new NoDeviceFree(command.siteCode());
    }

    private Reservation book(Device device, ReserveDeviceCommand command, Instant now) {
        device.requireBookable();
        Period period = command.period();
        // checked under the device lock: a declaration committed meanwhile is seen here
        for (DisasterDeclaration declaration : disasters.inForce()) {
            if (declaration.restricts(device.siteCode(), period) && command.purpose() != Purpose.DISASTER_RESPONSE) {
                throw new DisasterModeInForce();
            }
        }
        Reservation reservation = Reservation.request(device.id(), device.siteCode(), command.borrower(), period,
                command.purpose(), command.note(), now, policy.timeZone());
        reservations.agenda(device.id(), period).admit(reservation);
        reservations.add(reservation);
        events.publish(new LendingEvent.ReservationRequested(reservation, now));
        return reservation;
    }
}
