package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.LedgerQueries;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingLedger;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UnknownSite;

/** Reads the ledger (貸出台帳) and utilisation for the desk of the site, over windows the policy allows. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class LedgerQueryService implements LedgerQueries {

    private final Inventory inventory;
    private final LendingLedger ledger;
    private final LendingPolicy policy;
    private final Clock clock;

    LedgerQueryService(Inventory inventory, LendingLedger ledger, LendingPolicy policy, Clock clock) {
        this.inventory = inventory;
        this.ledger = ledger;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<LedgerEntry> ledger(SiteCode siteCode, YearMonth month, Actor desk) {
        inventory.site(siteCode).orElseThrow(() -> new UnknownSite(siteCode));
        desk.requireDeskOf(siteCode);
        ZoneId zone = policy.timeZone();
        Period window = new Period(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        Map<DeviceId, Device> devices = inventory.devices().stream()
                .collect(Collectors.toMap(Device::id, device -> device));
        return ledger.entries(siteCode, window).stream()
                .filter(l -> window.contains(l.handedOverAt()))
                .sorted(Comparator.comparing(Lending::handedOverAt))
                .map(l -> new LedgerEntry(l, devices.containsKey(l.deviceId()) ? devices.get(l.deviceId()).number() : null))
                .toList();
    }

    @Override
    public List<Utilisation> utilisation(SiteCode siteCode, Instant from, Instant to, Actor reader) {
        Period period = policy.reportWindow(from, to);
        if (siteCode == null) {
            reader.requireInformationPolicy();
        } else {
            inventory.site(siteCode).orElseThrow(() -> new UnknownSite(siteCode));
            reader.requireDeskOf(siteCode);
        }
        Instant now = clock.instant();
        Map<DeviceId, List<Lending>> byDevice = ledger.entries(siteCode, period).stream()
                .collect(Collectors.groupingBy(Lending::deviceId));
        List<Device> devices = siteCode == null ? inventory.devices() : inventory.devicesAt(siteCode);
        return devices.stream().map(device -> {
            List<Lending> lendings = byDevice.getOrDefault(device.id(), List.of());
            Duration lent = Duration.ZERO;
            for (Lending l : lendings) {
                Instant end = l.returned() ? l.returnCheck().returnedAt() : now;
                if (end.isAfter(l.handedOverAt())) {
                    Period out = new Period(l.handedOverAt(), end).clippedTo(period);
                    if (out != null) {
                        lent = lent.plus(out.length());
                    }
                }
            }
            int count = (int) lendings.stream().filter(l -> period.contains(l.handedOverAt())).count();
            double share = (double) lent.toSeconds() / period.length().toSeconds();
            return new Utilisation(device, count, lent, share);
        }).toList();
    }
}
