package org.madoguchi.lending.adapter.in.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.TOKYO;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.at;

/**
 * A booking's life at the station-south building (駅南庁舎, desk 保健総務課): booked, approved,
 * handed over, returned incomplete, the incident reported and closed; and who may do what.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LendingJourneyTest {

    private final Staff borrower = Staff.member("佐藤", "kenko-kosodate");
    private final Staff colleague = Staff.member("田中", "shiminzei");
    private final Staff ekinanDesk = Staff.desk("ekinan", "hoken-somu");
    private final Staff mainDesk = Staff.desk("honchosha", "joho-seisaku");

    @AfterEach
    void backToNow() {
        MovableClock.INSTANCE.reset();
    }

    @Test
    void a_booking_goes_from_request_to_return_and_its_incident_closes_with_the_borrower_s_report() {
        String device = LendingApi.deviceId("001");
        LocalDate day = LocalDate.now(TOKYO).plusDays(20);

        String booking = LendingApi.book(borrower, device, at(day, "09:00"), at(day, "17:00"), "REMOTE_WORK");
        assertThat(LendingApi.reservation(borrower, booking).getString("status")).isEqualTo("CONFIRMED");

        colleague.call().body(LendingApi.booking(device, at(day, "16:00"), at(day, "18:00"), "MEETING"))
                .post("/api/v1/lending/reservations")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/reservation-overlaps"))
                .body("detail", org.hamcrest.Matchers.containsString(day + " 09:00"));

        MovableClock.INSTANCE.travelTo(at(day, "08:40"));
        mainDesk.call().body(LendingApi.handOverBody()).post("/api/v1/lending/reservations/" + booking + "/hand-over")
                .then().statusCode(403).body("type", endsWith("/other-site"));
        ekinanDesk.call().body(Map.of("notebook", Map.of("arrangement", "DEPOSITED"), "kit", List.of("MOBILE_PC"),
                        "disinfected", true, "operationChecked", true, "rulesAcknowledged", List.of()))
                .post("/api/v1/lending/reservations/" + booking + "/hand-over")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("notebook.assetTag"));
        ekinanDesk.call().body(LendingApi.handOverBody()).post("/api/v1/lending/reservations/" + booking + "/hand-over")
                .then().statusCode(200).body("handedOverBy", equalTo(ekinanDesk.subject()))
                .body("notebookAssetTag", equalTo("LG-2026-0042"));
        assertThat(LendingApi.reservation(borrower, booking).getString("status")).isEqualTo("LENT");
        borrower.call().get("/api/v1/lending/reservations/mine").then().statusCode(200)
                .body("find { it.id == '" + booking + "' }.status", equalTo("LENT"));

        MovableClock.INSTANCE.travelTo(at(day, "16:30"));
        var returned = ekinanDesk.call().body(Map.of("kitReturned", List.of("MOBILE_PC", "CASE", "WIRE_LOCK", "POWER_CORD"),
                        "notebookReturned", true, "notebookConfirmedByOwner", true, "damageNote", "天板に擦り傷"))
                .post("/api/v1/lending/reservations/" + booking + "/return")
                .then().statusCode(200)
                .body("lending.missingItems", containsInAnyOrder("KEYBOARD"))
                .body("incidentsOpened.kind", containsInAnyOrder("MISSING_ITEMS", "DAMAGE"))
                .extract().jsonPath();
        String incident = returned.getString("incidentsOpened.find { it.kind == 'DAMAGE' }.id");
        assertThat(LendingApi.reservation(borrower, booking).getString("status")).isEqualTo("RETURNED");
        mainDesk.call().get("/api/v1/lending/devices?site=ekinan").then().statusCode(200)
                .body("find { it.number == '001' }.status", equalTo("BROKEN"));

        // the borrower finds the incidents that ask for their 顛末書 among their own, and nobody else's
        borrower.call().get("/api/v1/lending/incidents/mine").then().statusCode(200)
                .body("findAll { it.reservationId == '" + booking + "' }.kind", containsInAnyOrder("MISSING_ITEMS", "DAMAGE"))
                .body("find { it.id == '" + incident + "' }.reportRequired", equalTo(true))
                .body("find { it.id == '" + incident + "' }.report", equalTo(null));
        colleague.call().get("/api/v1/lending/incidents/mine").then().statusCode(200)
                .body("findAll { it.reservationId == '" + booking + "' }", org.hamcrest.Matchers.empty());
        Staff.citizen().call().get("/api/v1/lending/incidents/mine").then().statusCode(403);
        ekinanDesk.call().post("/api/v1/lending/incidents/" + incident + "/close")
                .then().statusCode(409).body("type", endsWith("/incident-report-missing"));
        colleague.call().body(Map.of("report", "私ではありません")).post("/api/v1/lending/incidents/" + incident + "/report")
                .then().statusCode(403);
        borrower.call().body(Map.of("report", "鞄の中で擦れました。今後はケースに入れて運びます。"))
                .post("/api/v1/lending/incidents/" + incident + "/report").then().statusCode(200)
                .body("reportSubmittedAt", notNullValue());
        ekinanDesk.call().body(Map.of("resolution", "修理済み")).post("/api/v1/lending/incidents/" + incident + "/close")
                .then().statusCode(200).body("closedAt", notNullValue());
        borrower.call().get("/api/v1/lending/incidents/mine").then().statusCode(200)
                .body("findAll { it.reservationId == '" + booking + "' }.kind", containsInAnyOrder("MISSING_ITEMS"));
        borrower.call().get("/api/v1/lending/incidents/mine?open=false").then().statusCode(200)
                .body("find { it.id == '" + incident + "' }.report", equalTo("鞄の中で擦れました。今後はケースに入れて運びます。"));

        List<ReceivedEvent> events = LendingEventLog.await(e -> e.data().has("reservationId")
                && e.data().get("reservationId").asText().equals(booking), 5);
        assertThat(events).extracting(ReceivedEvent::type).contains(
                "madoguchi.lending.reservation-requested.v1", "madoguchi.lending.device-handed-over.v1",
                "madoguchi.lending.device-returned.v1", "madoguchi.lending.incident-opened.v1",
                "madoguchi.lending.incident-closed.v1");
        ReceivedEvent handedOver = events.stream().filter(e -> e.type().endsWith("device-handed-over.v1")).findFirst().orElseThrow();
        assertThat(handedOver.data().get("deviceNumber").asText()).isEqualTo("001");
        assertThat(handedOver.data().get("borrower").get("subject").asText()).isEqualTo(borrower.subject());
        assertThat(events).allSatisfy(e -> assertThat(e.data().toString()).as("events carry subjects, never names")
                .doesNotContain(borrower.familyName()));
        assertThat(handedOver.data().get("borrower").has("name")).isFalse();
        assertThat(Instant.parse(handedOver.data().get("dueBack").asText())).isEqualTo(at(day, "17:00"));
    }

    @Test
    void an_overnight_booking_waits_for_its_own_site_s_desk_and_the_borrower_may_cancel_it() {
        String device = LendingApi.deviceId("002");
        LocalDate day = LocalDate.now(TOKYO).plusDays(21);
        String booking = LendingApi.book(borrower, device, at(day, "17:00"), at(day.plusDays(1), "09:00"), "WORK_FROM_HOME");
        assertThat(LendingApi.reservation(borrower, booking).getString("status")).isEqualTo("PENDING");
        assertThat(LendingApi.reservation(borrower, booking).getBoolean("needsApproval")).isTrue();

        mainDesk.call().post("/api/v1/lending/reservations/" + booking + "/approve")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        colleague.call().post("/api/v1/lending/reservations/" + booking + "/approve").then().statusCode(403);
        assertThat(LendingApi.reservation(borrower, booking).getString("status")).isEqualTo("PENDING");

        ekinanDesk.call().body(Map.of("comment", "承認します")).post("/api/v1/lending/reservations/" + booking + "/approve")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("decidedBy", equalTo(ekinanDesk.subject()));
        colleague.call().post("/api/v1/lending/reservations/" + booking + "/cancel").then().statusCode(403);
        borrower.call().post("/api/v1/lending/reservations/" + booking + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancellationReason", equalTo("BY_BORROWER"));
        borrower.call().post("/api/v1/lending/reservations/" + booking + "/cancel")
                .then().statusCode(409).body("type", endsWith("/reservation-status"));

        List<ReceivedEvent> events = LendingEventLog.await(LendingEventLog.about("reservationId", booking), 3);
        assertThat(events).extracting(ReceivedEvent::type).containsExactly("madoguchi.lending.reservation-requested.v1",
                "madoguchi.lending.reservation-approved.v1", "madoguchi.lending.reservation-cancelled.v1");
        assertThat(events.get(0).data().get("status").asText()).isEqualTo("PENDING");
        assertThat(events.get(2).data().get("reason").asText()).isEqualTo("BY_BORROWER");
    }

    @Test
    void any_free_device_of_a_site_is_assigned_on_booking() {
        LocalDate day = LocalDate.now(TOKYO).plusDays(22);
        Map<String, Object> anyAtSewerage = Map.of("siteCode", "gesuido", "start", at(day, "13:00").toString(),
                "end", at(day, "15:00").toString(), "purpose", "FIELD_WORK");
        List<String> assigned = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            assigned.add(Staff.member("職員" + i, "somu").call().body(anyAtSewerage).post("/api/v1/lending/reservations")
                    .then().statusCode(201).extract().path("deviceId"));
        }
        assertThat(assigned).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(LendingApi.deviceId("004"), LendingApi.deviceId("005"));
        colleague.call().body(anyAtSewerage).post("/api/v1/lending/reservations")
                .then().statusCode(409).body("type", endsWith("/no-device-free"));
    }

    @Test
    void bad_input_gets_a_problem_with_field_details_in_the_caller_s_language_and_nothing_is_written() {
        String device = LendingApi.deviceId("003");
        LocalDate day = LocalDate.now(TOKYO).plusDays(23);
        borrower.call().header("Accept-Language", "en")
                .body(LendingApi.booking(device, at(day, "12:00"), at(day, "11:00"), "TELEWORK"))
                .post("/api/v1/lending/reservations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("The end is before the start")).body("errors[0].field", equalTo("end"));
        borrower.call().body(LendingApi.booking(device, at(day, "12:00"), at(day, "11:00"), "TELEWORK"))
                .post("/api/v1/lending/reservations")
                .then().statusCode(400).body("title", equalTo("終了日時が開始日時より前です"));
        borrower.call().body(Map.of("deviceId", device, "start", "tomorrow", "end", at(day, "11:00").toString(), "purpose", "TELEWORK"))
                .post("/api/v1/lending/reservations").then().statusCode(400).body("type", endsWith("/malformed-body"));
        borrower.call().body(Map.of("deviceId", device, "start", at(day, "10:00").toString(), "end", at(day, "11:00").toString(),
                "purpose", "PICNIC")).post("/api/v1/lending/reservations").then().statusCode(400);
        borrower.call().body(Map.of("deviceId", device, "start", at(day, "10:00").toString()))
                .post("/api/v1/lending/reservations").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("end", "purpose"));
        borrower.call().body(LendingApi.booking(device, Instant.now().minus(Duration.ofDays(1)), Instant.now(), "TELEWORK"))
                .post("/api/v1/lending/reservations").then().statusCode(400).body("type", endsWith("/start-in-past"));
        borrower.call().body(LendingApi.booking("6f0c8e36-0000-4000-8000-000000000000", at(day, "10:00"), at(day, "11:00"), "TELEWORK"))
                .post("/api/v1/lending/reservations").then().statusCode(404);
        borrower.call().get("/api/v1/lending/reservations/mine?active=false").then().statusCode(200)
                .body("findAll { it.deviceId == '" + device + "' }", hasSize(0));
    }

    @Test
    void citizens_and_anonymous_callers_cannot_book_staff_devices() {
        String device = LendingApi.deviceId("003");
        LocalDate day = LocalDate.now(TOKYO).plusDays(24);
        Staff.citizen().call().body(LendingApi.booking(device, at(day, "10:00"), at(day, "11:00"), "TELEWORK"))
                .post("/api/v1/lending/reservations").then().statusCode(403);
        given().contentType("application/json").body(LendingApi.booking(device, at(day, "10:00"), at(day, "11:00"), "TELEWORK"))
                .post("/api/v1/lending/reservations").then().statusCode(401);
        borrower.call().get("/api/v1/lending/sites/ekinan/ledger?month=2026-12").then().statusCode(403);
        ekinanDesk.call().get("/api/v1/lending/sites/honchosha/ledger?month=2026-12").then().statusCode(403)
                .body("type", endsWith("/other-site"));
        borrower.call().get("/api/v1/lending/sites").then().statusCode(200).body("find { it.code == 'ekinan' }.devices", equalTo(3))
                .body("find { it.code == 'ekinan' }.nameJa", equalTo("駅南庁舎"));
    }
}
