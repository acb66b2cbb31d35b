package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.CancelReservationCommand;
import org.madoguchi.lending.application.port.in.CancelReservationUseCase;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Reservation;

/** Cancels a booking for its borrower or for the desk of its site. */
@ApplicationScoped
class CancelReservationService implements CancelReservationUseCase {

    private final Reservations reservations;
    private final LendingEvents events;
    private final Clock clock;

    CancelReservationService(Reservations reservations, LendingEvents events, Clock clock) {
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Reservation cancel(CancelReservationCommand command) {
        Reservation reservation = reservations.byId(command.reservationId())
                .orElseThrow(() -> NotFound.reservation(command.reservationId()));
        boolean own = command.actor().is(reservation.borrower().subject());
        if (!own) {
            command.actor().requireDeskOf(reservation.siteCode());
        }
        CancellationReason reason = own ? CancellationReason.BY_BORROWER : CancellationReason.BY_LENDING_DESK;
        Instant now = clock.instant();
        Reservation cancelled = reservation.cancel(command.actor().subject(), now, reason);
        reservations.update(cancelled);
        events.publish(new LendingEvent.ReservationCancelled(cancelled, reason, now));
        return cancelled;
    }
}
