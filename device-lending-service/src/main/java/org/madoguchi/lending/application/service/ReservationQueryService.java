package org.madoguchi.lending.application.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.ReservationQueries;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UnknownSite;
import org.madoguchi.lending.domain.model.VisibleReservation;

/** Reads bookings for their borrowers and desks; who may read which is checked here, what they see in the domain. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ReservationQueryService implements ReservationQueries {

    private final Inventory inventory;
    private final Reservations reservations;
    private final LendingPolicy policy;

    ReservationQueryService(Inventory inventory, Reservations reservations, LendingPolicy policy) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.policy = policy;
    }

    @Override
    public VisibleReservation reservation(ReservationId id, Actor reader) {
        Reservation reservation = reservations.byId(id).orElseThrow(() -> NotFound.reservation(id));
        reader.requireSelfOrDeskOf(reservation.borrower().subject(), reservation.siteCode());
        return reservation.visibleTo(reader);
    }

    @Override
    public List<VisibleReservation> reservationsOf(Actor reader, boolean activeOnly) {
        return reservations.byBorrower(reader.subject(), activeOnly).stream().map(r -> r.visibleTo(reader)).toList();
    }

    @Override
    public List<VisibleReservation> reservationsAt(SiteCode siteCode, Instant from, Instant to, Actor desk) {
        Period window = policy.listWindow(from, to);
        inventory.site(siteCode).orElseThrow(() -> new UnknownSite(siteCode));
        desk.requireDeskOf(siteCode);
        return reservations.atSite(siteCode, window).stream().map(r -> r.visibleTo(desk)).toList();
    }
}
