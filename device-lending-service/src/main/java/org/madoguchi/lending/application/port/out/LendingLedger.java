package org.madoguchi.lending.application.port.out;

import java.util.List;
import java.util.Optional;

import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;

/** 貸出台帳: hand-overs and returns, per site. */
public interface LendingLedger {

    void add(Lending lending);

    void update(Lending lending);

    Optional<Lending> byReservation(ReservationId reservationId);

    /** Entries of a site (every site when null) handed over in the window, or still out during it. */
    List<Lending> entries(SiteCode siteCode, Period window);
}
