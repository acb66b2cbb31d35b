package org.madoguchi.lending.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.madoguchi.lending.application.port.in.LendingQueries;
import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingLedger;
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceStatus;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UnknownSite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The read side of device lending; who may read what is checked here as everywhere. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class LendingQueryService implements LendingQueries {

    private final Inventory inventory;
    private final Reservations reservations;
    private final LendingLedger ledger;
    private final Incidents incidents;
    private final MaintenanceLog maintenance;
    private final DisasterDeclarations disasters;
    private final LendingPolicy policy;
    private final Clock clock;

    LendingQueryService(Inventory inventory, Reservations reservations, LendingLedger ledger, Incidents incidents,
                        MaintenanceLog maintenance, DisasterDeclarations disasters, LendingPolicy policy, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.ledger = ledger;
        this.incidents = incidents;
        this.maintenance = maintenance;
        this.disasters = disasters;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<SiteSummary> sites() {
        Map<SiteCode, List<Device>> bySite = inventory.devices().stream()
                .filter(d -> d.status() != DeviceStatus.RETIRED)
                .collect(Collectors.groupingBy(Device::siteCode));
        return inventory.sites().stream().map(site -> {
            List<Device> devices = bySite.getOrDefault(site.code(), List.of());
            int available = (int) devices.stream().filter(d -> d.status() == DeviceStatus.AVAILABLE).count();
            return new SiteSummary(site, devices.size(), available);
        }).toList();
    }

    @Override
    public List<Device> devices(SiteCode siteCode) {
        if (siteCode != null) {
            site(siteCode);
            return inventory.devicesAt(siteCode);
        }
        return inventory.devices();
    }

    @Override
    public Reservation reservation(ReservationId id, Actor actor) {
        Reservation reservation = reservations.byId(id).orElseThrow(() -> NotFound.reservation(id));
        actor.requireSelfOrDeskOf(reservation.borrower().subject(), reservation.siteCode());
        return reservation;
    }

    @Override
    public List<Reservation> reservationsOf(Actor actor, boolean activeOnly) {
        return reservations.byBorrower(actor.subject(), activeOnly);
    }

    @Override
    public List<Reservation> reservationsAt(SiteCode siteCode, Period window, Actor desk) {
        site(siteCode);
        desk.requireDeskOf(siteCode);
        return reservations.atSite(siteCode, window);
    }

    @Override
    public WeekCalendar week(SiteCode siteCode, LocalDate firstDay, Actor actor) {
        Site site = site(siteCode);
        ZoneId zone = policy.timeZone();
        List<LocalDate> days = firstDay.datesUntil(firstDay.plusDays(7)).toList();
        Period window = new Period(firstDay.atStartOfDay(zone).toInstant(), firstDay.plusDays(7).atStartOfDay(zone).toInstant());
        boolean desk = actor.runsDeskOf(siteCode);
        Map<DeviceId, List<Reservation>> booked = reservations.atSite(siteCode, window).stream()
                .filter(r -> r.status().active() || r.status() == ReservationStatus.RETURNED)
                .collect(Collectors.groupingBy(Reservation::deviceId));
        List<DeviceRow> rows = new ArrayList<>();
        for (Device device : inventory.devicesAt(siteCode)) {
            if (device.status() == DeviceStatus.RETIRED) {
                continue;
            }
            List<CalendarEntry> entries = new ArrayList<>();
            for (Reservation r : booked.getOrDefault(device.id(), List.of())) {
                entries.add(new CalendarEntry(r.id(), r.period(), r.status(), r.purpose(), r.borrower().department(),
                        desk ? r.borrower().name() : null, null));
            }
            for (MaintenanceWindow m : maintenance.ofDevice(device.id())) {
                if (m.period().overlaps(window)) {
                    entries.add(new CalendarEntry(m.id(), m.period(), null, null, null, null, m.kind()));
                }
            }
            entries.sort(Comparator.comparing(e -> e.period().start()));
            List<DayCell> cells = new ArrayList<>();
            for (LocalDate day : days) {
                Period whole = new Period(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
                List<CalendarEntry> today = entries.stream().filter(e -> e.period().overlaps(whole)).toList();
                boolean usable = device.status().bookable();
                cells.add(new DayCell(day, today, usable ? freeSlots(day, today) : List.of()));
            }
            rows.add(new DeviceRow(device, cells));
        }
        return new WeekCalendar(site, days, rows);
    }

    /** Gaps within the desk's opening hours not taken by an active booking or maintenance. */
    private List<Period> freeSlots(LocalDate day, List<CalendarEntry> entries) {
        ZoneId zone = policy.timeZone();
        Instant open = day.atTime(policy.deskOpens()).atZone(zone).toInstant();
        Instant close = day.atTime(policy.deskCloses()).atZone(zone).toInstant();
        List<Period> taken = entries.stream()
                .filter(e -> e.maintenance() != null || e.status().active())
                .map(CalendarEntry::period)
                .sorted(Comparator.comparing(Period::start))
                .toList();
        List<Period> free = new ArrayList<>();
        Instant cursor = open;
        for (Period p : taken) {
            if (p.start().isAfter(cursor) && cursor.isBefore(close)) {
                Instant end = p.start().isBefore(close) ? p.start() : close;
                if (end.isAfter(cursor)) {
                    free.add(new Period(cursor, end));
                }
            }
            if (p.end().isAfter(cursor)) {
                cursor = p.end();
            }
        }
        if (cursor.isBefore(close)) {
            free.add(new Period(cursor, close));
        }
        return free;
    }

    @Override
    public List<Device> freeDevices(SiteCode siteCode, Period period) {
        site(siteCode);
        return inventory.devicesAt(siteCode).stream()
                .filter(d -> d.status().bookable())
                .filter(d -> reservations.agenda(d.id(), period).isFree(period))
                .toList();
    }

    @Override
    public List<Lending> ledger(SiteCode siteCode, YearMonth month, Actor desk) {
        site(siteCode);
        desk.requireDeskOf(siteCode);
        ZoneId zone = policy.timeZone();
        Period window = new Period(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        return ledger.entries(siteCode, window).stream()
                .filter(l -> window.contains(l.handedOverAt()))
                .sorted(Comparator.comparing(Lending::handedOverAt))
                .toList();
    }

    @Override
    public List<Utilisation> utilisation(SiteCode siteCode, Period period, Actor actor) {
        if (siteCode == null) {
            actor.requireInformationPolicy();
        } else {
            site(siteCode);
            actor.requireDeskOf(siteCode);
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

    @Override
    public List<Incident> incidents(SiteCode siteCode, boolean openOnly, Actor desk) {
        if (siteCode == null) {
            desk.requireInformationPolicy();
        } else {
            site(siteCode);
            desk.requireDeskOf(siteCode);
        }
        return incidents.atSite(siteCode, openOnly);
    }

    @Override
    public List<DisasterDeclaration> disasterModesInForce() {
        return disasters.inForce();
    }

    @Override
    public List<Reservation> feed(SiteCode siteCode, Period window) {
        site(siteCode);
        return reservations.atSite(siteCode, window).stream().filter(r -> r.status().active()).toList();
    }

    private Site site(SiteCode code) {
        return inventory.site(code).orElseThrow(() -> new UnknownSite(code));
    }
}
