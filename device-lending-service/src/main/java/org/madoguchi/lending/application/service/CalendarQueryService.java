package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.CalendarQueries;
import org.madoguchi.lending.application.port.out.Departments;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DepartmentCode;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceStatus;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UnknownSite;

/**
 * Builds a site's week grid and calendar feed: the week and the feed's window from the policy, who booked as
 * {@link Reservation#visibleTo} allows, departments by name from the directory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class CalendarQueryService implements CalendarQueries {

    private static final int DAYS_OF_WEEK = 7;

    private final Inventory inventory;
    private final Reservations reservations;
    private final MaintenanceLog maintenance;
    private final Departments departments;
    private final LendingPolicy policy;
    private final Clock clock;

    CalendarQueryService(Inventory inventory, Reservations reservations, MaintenanceLog maintenance,
                         Departments departments, LendingPolicy policy, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.maintenance = maintenance;
        this.departments = departments;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public WeekCalendar week(SiteCode siteCode, LocalDate day, Actor viewer) {
        Site site = site(siteCode);
        ZoneId zone = policy.timeZone();
        LocalDate firstDay = policy.weekShown(day, clock.instant());
        List<LocalDate> days = firstDay.datesUntil(firstDay.plusDays(DAYS_OF_WEEK)).toList();
        Period window = new Period(firstDay.atStartOfDay(zone).toInstant(),
                firstDay.plusDays(DAYS_OF_WEEK).atStartOfDay(zone).toInstant());
        Map<DeviceId, List<Reservation>> booked = reservations.atSite(siteCode, window).stream()
                .filter(r -> r.status().active() || r.status() == ReservationStatus.RETURNED)
                .collect(Collectors.groupingBy(Reservation::deviceId));
        List<DeviceWeek> rows = new ArrayList<>();
        for (Device device : inventory.devicesAt(siteCode)) {
            if (device.status() == DeviceStatus.RETIRED) {
                continue;
            }
            List<CalendarEntry> entries = new ArrayList<>();
            for (Reservation r : booked.getOrDefault(device.id(), List.of())) {
                entries.add(new CalendarEntry(r.id(), r.period(), r.status(), r.purpose(), r.borrower().department(),
                        r.visibleTo(viewer).borrowerName().orElse(null), null));
            }
            for (MaintenanceWindow m : maintenance.ofDevice(device.id())) {
                if (m.period().overlaps(window)) {
                    entries.add(new CalendarEntry(m.id(), m.period(), null, null, null, null, m.kind()));
                }
            }
            entries.sort(Comparator.comparing(e -> e.period().start()));
            List<CalendarDay> cells = new ArrayList<>();
            for (LocalDate date : days) {
                Period whole = new Period(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
                List<CalendarEntry> today = entries.stream().filter(e -> e.period().overlaps(whole)).toList();
                cells.add(new CalendarDay(date, today, device.status().bookable() ? freeSlots(date, today) : List.of()));
            }
            rows.add(new DeviceWeek(device, cells));
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
    public SiteFeed feed(SiteCode siteCode) {
        Site site = site(siteCode);
        Period window = policy.feedWindow(clock.instant());
        Map<DeviceId, Device> devices = inventory.devices().stream()
                .collect(Collectors.toMap(Device::id, device -> device));
        Map<String, String> departmentNames = new HashMap<>();
        List<FeedEntry> entries = reservations.atSite(siteCode, window).stream()
                .filter(r -> r.status().active())
                .map(r -> new FeedEntry(r.id(), r.period(),
                        devices.containsKey(r.deviceId()) ? devices.get(r.deviceId()).number() : null, r.purpose(),
                        departmentName(r.borrower().department(), departmentNames), r.needsApproval()))
                .toList();
        return new SiteFeed(site, entries);
    }

    /** The department's name, or its code when the directory does not know it; each code looked up once. */
    private String departmentName(String code, Map<String, String> known) {
        if (code == null) {
            return null;
        }
        return known.computeIfAbsent(code, c -> departments.nameOf(new DepartmentCode(c)).orElse(c));
    }

    private Site site(SiteCode code) {
        return inventory.site(code).orElseThrow(() -> new UnknownSite(code));
    }
}
