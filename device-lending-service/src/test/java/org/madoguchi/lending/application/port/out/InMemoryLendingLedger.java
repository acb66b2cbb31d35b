package org.madoguchi.lending.application.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;

/** {@link LendingLedger} in memory: one entry per booking handed over. */
public final class InMemoryLendingLedger implements LendingLedger {

    private final Map<ReservationId, Lending> entries = new LinkedHashMap<>();

    @Override
    public void add(Lending lending) {
        entries.put(lending.reservationId(), lending);
    }

    @Override
    public void update(Lending lending) {
        if (!entries.containsKey(lending.reservationId())) {
            throw new IllegalStateException("no ledger entry of booking " + lending.reservationId() + " to update");
        }
        entries.put(lending.reservationId(), lending);
    }

    @Override
    public Optional<Lending> byReservation(ReservationId reservationId) {
        return Optional.ofNullable(entries.get(reservationId));
    }

    @Override
    public List<Lending> entries(SiteCode siteCode, Period window) {
        return entries.values().stream()
                .filter(l -> siteCode == null || l.siteCode().equals(siteCode))
                .filter(l -> l.handedOverAt().isBefore(window.end())
                        && (l.returnCheck() == null || l.returnCheck().returnedAt().isAfter(window.start())))
                .sorted(Comparator.comparing(Lending::handedOverAt))
                .toList();
    }
}
