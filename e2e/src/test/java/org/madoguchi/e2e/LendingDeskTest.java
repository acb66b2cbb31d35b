package org.madoguchi.e2e;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.CHOJU_STAFF;
import static org.madoguchi.e2e.SampleUsers.EKINAN_DESK;
import static org.madoguchi.e2e.SampleUsers.HONCHOSHA_DESK;
import static org.madoguchi.e2e.SampleUsers.KOKUFU_DESK;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.RunningSuite;

import io.restassured.response.Response;

/**
 * A member of 健康・子育て推進課 (staff1) books a mobile PC at 駅南庁舎 for the next hour; the site's desk
 * (desk-ekinan) hands it over and takes it back, and the ledger shows it. A booking past the end of the day waits
 * for the desk, which is told in its inbox: notification-service finds the site's desk among the members of the
 * lending-desk role in Keycloak.
 */
@EndToEnd(logs = {RunningSuite.LENDING, RunningSuite.NOTIFICATION})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LendingDeskTest {

    static final ZoneId CITY = ZoneId.of("Asia/Tokyo");
    private static final String SITE = "ekinan";
    private static final List<String> KIT = List.of("MOBILE_PC", "CASE", "WIRE_LOCK", "POWER_CORD");

    private final Gateway gateway;
    private String reservationId;
    private String deviceId;
    private boolean sameDay;

    LendingDeskTest(RunningSuite suite) {
        this.gateway = new Gateway(suite);
    }

    @Test
    @Order(1)
    void a_member_of_staff_books_a_pc_at_a_site_for_the_next_hour() {
        Instant start = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(1, ChronoUnit.HOURS);
        // same-day use is confirmed at once; an hour that runs past midnight in the city waits for the desk
        sameDay = !end.isAfter(LocalDate.ofInstant(start, CITY).plusDays(1).atStartOfDay(CITY).toInstant());

        Response booked = gateway.as(STAFF).body(Map.of("siteCode", SITE, "start", start.toString(),
                        "end", end.toString(), "purpose", "TELEWORK", "note", "在宅勤務の準備"))
                .post("/api/v1/lending/reservations").then().statusCode(201)
                .body("siteCode", equalTo(SITE))
                .body("status", equalTo(sameDay ? "CONFIRMED" : "PENDING"))
                .body("start", equalTo(start.toString()))
                .body("purpose", equalTo("TELEWORK"))
                .extract().response();
        reservationId = booked.path("id");
        deviceId = booked.path("deviceId");
        if (!sameDay) {
            gateway.as(EKINAN_DESK).body(Map.of("comment", "承認します"))
                    .post("/api/v1/lending/reservations/" + reservationId + "/approve").then().statusCode(200)
                    .body("status", equalTo("CONFIRMED"));
        }
        gateway.as(STAFF).get("/api/v1/lending/reservations/mine").then().statusCode(200)
                .body("find { it.id == '" + reservationId + "' }.status", equalTo("CONFIRMED"));
        gateway.as(EKINAN_DESK).get("/api/v1/lending/devices?site=" + SITE).then().statusCode(200)
                .body("id", hasItem(deviceId));
    }

    @Test
    @Order(2)
    void other_sites_desks_and_other_members_of_staff_may_not_touch_the_booking_while_its_desk_sees_it() {
        gateway.as(KOKUFU_DESK).body(handOver()).post("/api/v1/lending/reservations/" + reservationId + "/hand-over")
                .then().statusCode(403)
                .body("type", equalTo("https://madoguchi.org/problems/other-site"));
        gateway.as(CHOJU_STAFF).post("/api/v1/lending/reservations/" + reservationId + "/cancel").then()
                .statusCode(403);
        gateway.as(STAFF).body(handOver()).post("/api/v1/lending/reservations/" + reservationId + "/hand-over")
                .then().statusCode(403);
        Instant now = Instant.now();
        gateway.as(HONCHOSHA_DESK).queryParam("site", SITE).queryParam("from", now.toString())
                .queryParam("to", now.plus(1, ChronoUnit.DAYS).toString()).get("/api/v1/lending/reservations")
                .then().statusCode(403).body("type", equalTo("https://madoguchi.org/problems/other-site"));
        gateway.as(EKINAN_DESK).queryParam("site", SITE).queryParam("from", now.minus(1, ChronoUnit.HOURS).toString())
                .queryParam("to", now.plus(1, ChronoUnit.DAYS).toString()).get("/api/v1/lending/reservations")
                .then().statusCode(200).body("id", hasItem(reservationId));
    }

    @Test
    @Order(3)
    void the_desk_hands_the_pc_over_with_the_kit_and_the_deposited_notebook() {
        gateway.as(EKINAN_DESK).body(handOver()).post("/api/v1/lending/reservations/" + reservationId + "/hand-over")
                .then().statusCode(200)
                .body("reservationId", equalTo(reservationId))
                .body("deviceId", equalTo(deviceId))
                .body("notebookArrangement", equalTo("DEPOSITED"))
                .body("notebookAssetTag", equalTo("LG-KK-0042"))
                .body("kitHandedOver", containsInAnyOrder(KIT.toArray()))
                .body("handedOverAt", notNullValue());
        gateway.as(STAFF).get("/api/v1/lending/reservations/mine").then().statusCode(200)
                .body("find { it.id == '" + reservationId + "' }.status", equalTo("LENT"));
    }

    @Test
    @Order(4)
    void the_desk_takes_it_back_complete_and_the_ledger_shows_the_loan() {
        gateway.as(EKINAN_DESK).body(Map.of("kitReturned", KIT, "notebookReturned", true,
                        "notebookConfirmedByOwner", true))
                .post("/api/v1/lending/reservations/" + reservationId + "/return").then().statusCode(200)
                .body("lending.returnedAt", notNullValue())
                .body("lending.missingItems", empty())
                .body("incidentsOpened", empty());
        gateway.as(STAFF).get("/api/v1/lending/reservations/mine?active=false").then().statusCode(200)
                .body("find { it.id == '" + reservationId + "' }.status", equalTo("RETURNED"));

        String month = LocalDate.now(CITY).toString().substring(0, 7);
        gateway.as(EKINAN_DESK).get("/api/v1/lending/sites/" + SITE + "/ledger?month=" + month).then().statusCode(200)
                .body("find { it.reservationId == '" + reservationId + "' }.notebookReturned", equalTo(true))
                .body("find { it.reservationId == '" + reservationId + "' }.kitHandedOver", containsInAnyOrder(KIT.toArray()));
    }

    @Test
    @Order(5)
    void the_borrower_is_told_that_the_booking_stands() {
        eventually().untilAsserted(() -> gateway.as(STAFF).get("/api/v1/notifications/inbox").then().statusCode(200)
                .body("kind", hasItem(sameDay ? "RESERVATION_CONFIRMED" : "RESERVATION_APPROVED")));
    }

    @Test
    @Order(6)
    void a_booking_past_the_end_of_the_day_waits_for_the_sites_desk_which_is_told_in_its_inbox() {
        Instant start = LocalDate.now(CITY).plusDays(2).atTime(9, 0).atZone(CITY).toInstant();
        Instant end = start.plus(1, ChronoUnit.DAYS);
        String pending = gateway.as(STAFF).body(Map.of("siteCode", SITE, "start", start.toString(),
                        "end", end.toString(), "purpose", "WORK_FROM_HOME"))
                .post("/api/v1/lending/reservations").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("needsApproval", equalTo(true))
                .extract().path("id");

        eventually().untilAsserted(() -> gateway.as(EKINAN_DESK).get("/api/v1/notifications/inbox").then()
                .statusCode(200)
                .body("kind", hasItem("RESERVATION_AWAITING_APPROVAL")));

        gateway.as(EKINAN_DESK).body(Map.of("comment", "在宅勤務の期間、承認します"))
                .post("/api/v1/lending/reservations/" + pending + "/approve").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("decisionComment", equalTo("在宅勤務の期間、承認します"));
        eventually().untilAsserted(() -> gateway.as(STAFF).get("/api/v1/notifications/inbox").then().statusCode(200)
                .body("kind", hasItem("RESERVATION_APPROVED")));
        gateway.as(STAFF).post("/api/v1/lending/reservations/" + pending + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancellationReason", equalTo("BY_BORROWER"));
    }

    private static Map<String, Object> handOver() {
        return Map.of("notebook", Map.of("arrangement", "DEPOSITED", "assetTag", "LG-KK-0042",
                        "storage", "駅南庁舎 保健総務課 保管庫"),
                "kit", KIT, "disinfected", true, "operationChecked", true,
                "rulesAcknowledged", List.of("NO_DATA_KEPT_ON_DEVICE", "NO_USE_WALKING_OR_IN_PUBLIC",
                        "NEVER_LEFT_IN_CAR", "NO_SOFTPHONE_CALLS"));
    }
}
