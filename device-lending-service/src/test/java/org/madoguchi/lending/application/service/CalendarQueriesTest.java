package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.lending.application.port.in.CalendarQueries;
import org.madoguchi.lending.application.port.out.InMemoryDepartments;
import org.madoguchi.lending.application.port.out.InMemoryInventory;
import org.madoguchi.lending.application.port.out.InMemoryMaintenanceLog;
import org.madoguchi.lending.application.port.out.InMemoryReservations;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.Department;
import org.madoguchi.lending.domain.model.DepartmentCode;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.CityPolicy;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

import static org.assertj.core.api.Assertions.assertThat;

/** The week grid and the feed against in-memory out-ports: who sees names, what the feed calls departments. */
class CalendarQueriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final SiteCode KOKUFU = new SiteCode("kokufu");
    private static final LendingPolicy POLICY = CityPolicy.DEFAULTS;
    private final InMemoryInventory inventory = new InMemoryInventory();
    private final InMemoryMaintenanceLog maintenance = new InMemoryMaintenanceLog();
    private final InMemoryReservations reservations = new InMemoryReservations(maintenance, TOKYO);
    private final InMemoryDepartments departments = new InMemoryDepartments();
    private final CalendarQueryService calendars = new CalendarQueryService(inventory, reservations, maintenance,
            departments, POLICY, Clock.fixed(NOW, TOKYO));
    private Device device;

    @BeforeEach
    void inventory() {
        inventory.save(new Site(KOKUFU, "国府町総合支所", "Kokufu branch office", "kokufu-chiiki-shinko", "地域振興課"));
        device = Device.register(new DeviceNumber("006"), KOKUFU);
        inventory.save(device);
        departments.addIfMissing(new Department(new DepartmentCode("kenko-kosodate"), "健康・子育て推進課", null));
    }

    private Reservation book(String subject, String department, int fromHour) {
        Reservation reservation = Reservation.request(device.id(), KOKUFU, new Borrower(subject, "鳥取 花子", department),
                new Period(NOW.plus(Duration.ofHours(fromHour)), NOW.plus(Duration.ofHours(fromHour + 1))),
                Purpose.MEETING, null, NOW, TOKYO);
        reservations.add(reservation);
        return reservation;
    }

    @Test
    void the_feed_names_the_site_and_each_department_by_name_or_else_by_code() {
        book("u1", "kenko-kosodate", 1);
        book("u2", "somewhere-new", 3);
        book("u3", null, 5);

        CalendarQueries.SiteFeed feed = calendars.feed(KOKUFU);

        assertThat(feed.site().nameJa()).isEqualTo("国府町総合支所");
        assertThat(feed.entries()).extracting(CalendarQueries.FeedEntry::department)
                .containsExactly("健康・子育て推進課", "somewhere-new", null);
        assertThat(feed.entries()).extracting(CalendarQueries.FeedEntry::deviceNumber)
                .containsOnly(new DeviceNumber("006"));
    }

    @Test
    void the_week_grid_shows_who_booked_to_the_borrower_and_the_desk_only() {
        book("u1", "kenko-kosodate", 1);
        LocalDate today = LocalDate.ofInstant(NOW, TOKYO);

        assertThat(nameSeenBy(new Actor("u1", Optional.empty(), false, false), today)).isEqualTo("鳥取 花子");
        assertThat(nameSeenBy(new Actor("d1", Optional.of(KOKUFU), true, false), today)).isEqualTo("鳥取 花子");
        assertThat(nameSeenBy(new Actor("u2", Optional.empty(), false, false), today)).isNull();
    }

    private String nameSeenBy(Actor viewer, LocalDate day) {
        return calendars.week(KOKUFU, day, viewer).devices().get(0).days().stream()
                .flatMap(cell -> cell.entries().stream()).findFirst().orElseThrow().borrowerName();
    }
}
