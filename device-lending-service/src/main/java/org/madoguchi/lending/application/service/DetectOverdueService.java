package org.madoguchi.lending.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.madoguchi.lending.application.port.in.DetectOverdueUseCase;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Reservation;

import java.time.Clock;
import java.time.Instant;

/** Finds devices held past the end of their booking and marks those bookings overdue. */
@ApplicationScoped
class DetectOverdueService implements DetectOverdueUseCase {

    private final Reservations reservations;
    private final LendingEvents events;
    private final Clock clock;

    DetectOverdueService(Reservations reservations, LendingEvents events, Clock clock) {
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int detectOverdue() {
        Instant now = clock.instant();
        int marked = 0;
        for (Reservation lent : reservations.lentPastEnd(now)) {
            Reservation overdue = lent.overdue(now);
            reservations.update(overdue);
            events.publish(new LendingEvent.ReservationOverdue(overdue, now));
            marked++;
        }
        return marked;
    }
}
