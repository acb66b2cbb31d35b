package org.madoguchi.lending.adapter.in.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.TOKYO;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.at;

/** The week grid, what is free, maintenance, the ledger (台帳) as JSON and CSV, utilisation and the calendar feed. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CalendarAndLedgerTest {

    private final Staff mochigaseDesk = Staff.desk("mochigase", "mochigase-chiiki-shinko");
    private final Staff borrower = Staff.member("松本", "gesuido-keiei");
    private final Staff other = Staff.member("井上", "somu");

    @org.junit.jupiter.api.AfterEach
    void backToTheWallClock() {
        MovableClock.INSTANCE.reset();
    }

    @Test
    void the_week_grid_shows_bookings_maintenance_and_free_slots_and_names_only_to_the_desk() {
        String device = LendingApi.deviceId("010");
        LocalDate monday = LocalDate.now(TOKYO).plusDays(28).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate wednesday = monday.plusDays(2);
        LendingApi.book(borrower, device, at(wednesday, "10:00"), at(wednesday, "12:00"), "TELEWORK");
        mochigaseDesk.call().body(Map.of("kind", "WINDOWS_UPDATE", "start", at(wednesday, "13:00").toString(),
                "end", at(wednesday, "14:00").toString(), "note", "定期メンテナンス"))
                .post("/api/v1/lending/devices/" + device + "/maintenance").then().statusCode(201);

        var grid = other.call().get("/api/v1/lending/sites/mochigase/calendar?week=" + wednesday).then().statusCode(200)
                .body("days", hasSize(7)).body("days[0]", equalTo(monday.toString()))
                .body("devices", hasSize(1)).body("devices[0].device.label", equalTo("No.010"))
                .extract().jsonPath();
        String day = "devices[0].days[2]";
        assertThat(grid.getList(day + ".bookings")).hasSize(2);
        assertThat(grid.getString(day + ".bookings[0].department")).isEqualTo("gesuido-keiei");
        assertThat(grid.getString(day + ".bookings[0].borrowerName")).isNull();
        assertThat(grid.getString(day + ".bookings[1].maintenance")).isEqualTo("WINDOWS_UPDATE");
        assertThat(grid.getList(day + ".free.start", String.class)).containsExactly(
                at(wednesday, "08:30").toString(), at(wednesday, "12:00").toString(), at(wednesday, "14:00").toString());
        assertThat(grid.getList(day + ".free.end", String.class)).containsExactly(
                at(wednesday, "10:00").toString(), at(wednesday, "13:00").toString(), at(wednesday, "17:15").toString());
        assertThat(grid.getList("devices[0].days[3].free")).hasSize(1);

        mochigaseDesk.call().get("/api/v1/lending/sites/mochigase/calendar?week=" + monday).then().statusCode(200)
                .body("devices[0].days[2].bookings[0].borrowerName", equalTo("松本 太郎"));

        other.call().get("/api/v1/lending/sites/mochigase/availability?from=" + at(wednesday, "10:30") + "&to=" + at(wednesday, "11:00"))
                .then().statusCode(200).body("$", empty());
        other.call().get("/api/v1/lending/sites/mochigase/availability?from=" + at(wednesday, "15:00") + "&to=" + at(wednesday, "16:00"))
                .then().statusCode(200).body("number", org.hamcrest.Matchers.contains("010"));
        other.call().body(LendingApi.booking(device, at(wednesday, "13:30"), at(wednesday, "15:00"), "MEETING"))
                .post("/api/v1/lending/reservations").then().statusCode(409).body("type", endsWith("/device-in-maintenance"));
        other.call().get("/api/v1/lending/sites/nowhere/calendar").then().statusCode(400).body("type", endsWith("/unknown-site"));
    }

    @Test
    void the_ledger_lists_each_hand_over_and_return_as_json_and_as_csv_and_utilisation_counts_them() {
        String device = LendingApi.deviceId("013");
        Staff shikanoDesk = Staff.desk("shikano", "shikano-chiiki-shinko");
        // the desk hands over during its hours only: the device goes out at 10:00 on a working day, whatever the wall clock says
        LocalDate day = LocalDate.now(TOKYO).plusDays(20);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        Instant now = LendingApi.at(day, "10:00");
        MovableClock.INSTANCE.travelTo(now);
        String booking = LendingApi.book(borrower, device, now, now.plus(Duration.ofHours(2)), "FIELD_WORK");
        shikanoDesk.call().body(LendingApi.handOverBody()).post("/api/v1/lending/reservations/" + booking + "/hand-over")
                .then().statusCode(200);
        shikanoDesk.call().body(LendingApi.completeReturn()).post("/api/v1/lending/reservations/" + booking + "/return")
                .then().statusCode(200);
        YearMonth month = YearMonth.from(day);

        shikanoDesk.call().get("/api/v1/lending/sites/shikano/ledger?month=" + month).then().statusCode(200)
                .body("findAll { it.reservationId == '" + booking + "' }", hasSize(1))
                .body("find { it.reservationId == '" + booking + "' }.notebookStorage", equalTo("管理課 保管庫A"))
                .body("find { it.reservationId == '" + booking + "' }.missingItems", empty());
        String csv = given().auth().oauth2(shikanoDesk.token()).accept("text/csv")
                .get("/api/v1/lending/sites/shikano/ledger?month=" + month)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF貸出日時,端末番号,借受者,所属");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("No.013", "松本 太郎", "gesuido-keiei", "預かり", "LG-2026-0042"));

        var utilisation = shikanoDesk.call().get("/api/v1/lending/sites/shikano/utilisation?from=" + now.minus(Duration.ofHours(1))
                + "&to=" + now.plus(Duration.ofHours(1))).then().statusCode(200).extract().jsonPath();
        assertThat(utilisation.getInt("find { it.device.number == '013' }.lendings")).isGreaterThanOrEqualTo(1);
        assertThat(utilisation.getDouble("find { it.device.number == '013' }.share")).isBetween(0.0, 0.5);
        borrower.call().get("/api/v1/lending/sites/shikano/utilisation?from=" + now + "&to=" + now.plusSeconds(60))
                .then().statusCode(403);
    }

    @Test
    void a_site_s_bookings_are_a_calendar_feed_behind_a_key_that_names_the_site_and_departments_not_people() {
        String device = LendingApi.deviceId("010");
        LocalDate day = LocalDate.now(TOKYO).plusDays(3);
        LendingApi.book(borrower, device, at(day, "09:00"), at(day, "10:00"), "MEETING");
        String url = other.call().get("/api/v1/lending/sites/mochigase/calendar-feed").then().statusCode(200)
                .extract().path("url");
        URI feed = URI.create(url);
        String ics = given().get(feed.getRawPath() + "?" + feed.getRawQuery()).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "No.010", "会議", "下水道経営課", "用瀬町総合支所")
                .doesNotContain("松本", "gesuido-keiei", "モバイルPC予約 mochigase");
        given().get(feed.getRawPath() + "?key=forged").then().statusCode(403).body("type", endsWith("/feed-key"));
        given().get(feed.getRawPath().replace("mochigase", "aoya") + "?" + feed.getRawQuery()).then().statusCode(403);
    }

    @Test
    void malformed_or_unbounded_query_parameters_are_problems_not_errors() {
        Staff info = Staff.infoPolicy();
        info.call().get("/api/v1/lending/sites/mochigase/ledger?month=2026-13").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        info.call().get("/api/v1/lending/sites/mochigase/ledger").then().statusCode(400);
        info.call().get("/api/v1/lending/sites/mochigase/calendar?week=next-week").then().statusCode(400);
        info.call().get("/api/v1/lending/sites/mochigase/availability?from=now&to=later").then().statusCode(400);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        info.call().get("/api/v1/lending/reservations?site=mochigase&from=" + from + "&to=" + from.plus(Duration.ofDays(400)))
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        info.call().get("/api/v1/lending/sites/mochigase/utilisation?from=" + from + "&to=" + from.plus(Duration.ofDays(3000)))
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        info.call().get("/api/v1/lending/reservations/not-a-uuid").then().statusCode(404);
    }

    @Test
    void only_the_information_policy_division_manages_the_inventory() {
        other.call().body(Map.of("number", "031", "siteCode", "honchosha")).post("/api/v1/lending/devices").then().statusCode(403);
        Staff info = Staff.infoPolicy();
        info.call().body(Map.of("number", "007", "siteCode", "honchosha")).post("/api/v1/lending/devices")
                .then().statusCode(409).body("type", endsWith("/duplicate-device"));
        info.call().body(Map.of("number", "31", "siteCode", "honchosha")).post("/api/v1/lending/devices")
                .then().statusCode(400).body("errors[0].field", equalTo("number"));
        String id = info.call().body(Map.of("number", "031", "siteCode", "honchosha")).post("/api/v1/lending/devices")
                .then().statusCode(201).body("label", equalTo("No.031")).extract().path("id");
        info.call().post("/api/v1/lending/devices/" + id + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        other.call().get("/api/v1/lending/sites").then().statusCode(200)
                .body("find { it.code == 'honchosha' }.devices", equalTo(17))
                .body("collect { it.devices }.sum()", equalTo(30))
                .body("size()", equalTo(11))
                .body("find { it.code == 'honchosha' }.managingDepartmentJa", equalTo("情報政策課"))
                .body("find { it.code == 'nowhere' }", nullValue());
        other.call().get("/api/v1/lending/devices?site=honchosha").then().body("label", org.hamcrest.Matchers.hasItem(containsString("No.007")));
    }
}
