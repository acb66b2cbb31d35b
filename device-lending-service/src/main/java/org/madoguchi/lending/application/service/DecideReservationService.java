package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.DecideReservationCommand;
import org.madoguchi.lending.application.port.in.DecideReservationUseCase;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Reservation;

/** Approves or declines a pending booking, for the desk of its site. */
@ApplicationScoped
class DecideReservationService implements DecideReservationUseCase {

    private final Reservations reservations;
    private final LendingEvents events;
    private final Clock clock;

    DecideReservationService(Reservations reservations, LendingEvents events, Clock clock) {
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Reservation decide(DecideReservationCommand command) {
        Reservation reservation = reservations.byId(command.reservationId())
                .orElseThrow(() -> NotFound.reservation(command.reservationId()));
        command.desk().requireDeskOf(reservation.siteCode());
        Instant now = clock.instant();
        String desk = command.desk().subject();
        Reservation decided = switch (command.verdict()) {
            case APPROVE -> reservation.approve(desk, now, command.comment());
            case DECLINE -> reservation.decline(desk, now, command.comment());
        };
        reservations.update(decided);
        events.publish(switch (command.verdict()) {
            case APPROVE -> new LendingEvent.ReservationApproved(decided, now);
            case DECLINE -> new LendingEvent.ReservationDeclined(decided, now);
        });
        return decided;
    }
}
