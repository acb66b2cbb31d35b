package org.madoguchi.lending.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.madoguchi.lending.application.port.in.LendingFailure;
import jakarta.transaction.Transactional;
import org.madoguchi.lending.application.port.in.CancelReservationUseCase;
import org.madoguchi.lending.application.port.in.DecideReservationUseCase;
import org.madoguchi.lending.application.port.in.ReserveDeviceUseCase;
import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.LendingRules;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/** Books, approves, declines and cancels; every booking of a device runs under that device's lock. */
@ApplicationScoped
public class ReservationService implements ReserveDeviceUseCase, DecideReservationUseCase, CancelReservationUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final DisasterDeclarations disasters;
    private final LendingEvents events;
    private final LendingRules rules;
    private final Clock clock;

    public ReservationService(Inventory inventory, Reservations reservations, DisasterDeclarations disasters,
                       LendingEvents events, LendingRules rules, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.disasters = disasters;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Reservation reserve(ReserveDeviceCommand command) {
        Instant now = clock.instant();
        Period period = command.period();
        if (period.start().isBefore(now.minus(rules.pastTolerance()))) {
            throw new LendingFailure(LendingFailure.Reason.START_IN_PAST, "a booking cannot start in the past", period.start());
        }
        if (period.length().compareTo(rules.longestBooking()) > 0) {
            throw new LendingFailure(LendingFailure.Reason.BOOKING_TOO_LONG, "booking longer than allowed",
                    rules.longestBooking().toDays());
        }
        if (command.deviceId() != null) {
            Device device = inventory.lock(command.deviceId())
                    .orElseThrow(() -> LendingFailure.notFound("device", command.deviceId()));
            return book(device, command, now);
        }
        inventory.site(command.siteCode()).orElseThrow(() ->
                new LendingFailure(LendingFailure.Reason.UNKNOWN_SITE, "unknown site " + command.siteCode(), command.siteCode()));
        for (Device candidate : inventory.devicesAt(command.siteCode())) {
            if (!candidate.status().bookable()) {
                continue;
            }
            Device device = inventory.lock(candidate.id()).orElseThrow();
            if (device.status().bookable() && reservations.agenda(device.id(), period).isFree(period)) {
                return book(device, command, now);
            }
        }
        throw new LendingFailure(LendingFailure.Reason.NO_DEVICE_FREE, "no device of the site is free then", command.siteCode());
    }

    private Reservation book(Device device, ReserveDeviceCommand command, Instant now) {
        if (!device.status().bookable()) {
            throw new LendingFailure(LendingFailure.Reason.DEVICE_NOT_BOOKABLE, "device cannot be booked",
                    device.number().label(), device.status());
        }
        Period period = command.period();
        // checked under the device lock: a declaration committed meanwhile is seen here
        for (DisasterDeclaration declaration : disasters.inForce()) {
            if (declaration.restricts(device.siteCode(), period) && command.purpose() != Purpose.DISASTER_RESPONSE) {
                throw new LendingFailure(LendingFailure.Reason.DISASTER_MODE_IN_FORCE,
                        "disaster mode: only disaster-response bookings", declaration.effectiveFrom());
            }
        }
        Reservation reservation = Reservation.request(device.id(), device.siteCode(), command.actor().asBorrower(),
                period, command.purpose(), command.note(), now, rules.zone());
        DeviceAgenda agenda = reservations.agenda(device.id(), period);
        agenda.admit(reservation);
        reservations.add(reservation);
        events.publish(new LendingEvent.ReservationRequested(reservation, now));
        return reservation;
    }

    @Override
    @Transactional
    public Reservation approve(UUID reservationId, Actor desk, String comment) {
        return decide(reservationId, desk, r -> r.approve(desk.subject(), clock.instant(), comment),
                LendingEvent.ReservationApproved::new);
    }

    @Override
    @Transactional
    public Reservation decline(UUID reservationId, Actor desk, String comment) {
        return decide(reservationId, desk, r -> r.decline(desk.subject(), clock.instant(), comment),
                LendingEvent.ReservationDeclined::new);
    }

    private Reservation decide(UUID reservationId, Actor desk, UnaryOperator<Reservation> decision,
                               BiFunction<Reservation, Instant, LendingEvent> event) {
        Reservation reservation = load(reservationId);
        desk.requireDeskOf(reservation.siteCode());
        Reservation decided = decision.apply(reservation);
        reservations.update(decided);
        events.publish(event.apply(decided, decided.decision().at()));
        return decided;
    }

    @Override
    @Transactional
    public Reservation cancel(UUID reservationId, Actor actor) {
        Reservation reservation = load(reservationId);
        boolean own = reservation.borrower().subject().equals(actor.subject());
        if (!own) {
            actor.requireDeskOf(reservation.siteCode());
        }
        CancellationReason reason = own ? CancellationReason.BY_BORROWER : CancellationReason.BY_LENDING_DESK;
        Instant now = clock.instant();
        Reservation cancelled = reservation.cancel(actor.subject(), now, reason);
        reservations.update(cancelled);
        events.publish(new LendingEvent.ReservationCancelled(cancelled, reason, now));
        return cancelled;
    }

    private Reservation load(UUID id) {
        return reservations.byId(id).orElseThrow(() -> LendingFailure.notFound("reservation", id));
    }
}
