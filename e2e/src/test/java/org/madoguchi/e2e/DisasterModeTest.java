package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.CHOJU_STAFF;
import static org.madoguchi.e2e.SampleUsers.INFO_POLICY;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.MailServer;
import org.madoguchi.e2e.suite.RunningSuite;

/**
 * 災害モード at 国府町総合支所 (kokufu, one device: No.006): a member of 長寿社会課 holds a booking there; 情報政策課
 * declares disaster mode for the site, which cancels the booking; the borrower is told at once, in the inbox and by
 * mail; only disaster-response bookings are taken until the mode is lifted.
 */
@EndToEnd(logs = {RunningSuite.LENDING, RunningSuite.NOTIFICATION})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisasterModeTest {

    private static final String SITE = "kokufu";

    private final RunningSuite suite;
    private final Gateway gateway;
    private String reservationId;
    private String declarationId;

    DisasterModeTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
    }

    @Test
    @Order(1)
    void a_member_of_staff_books_the_branch_offices_pc() {
        Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        reservationId = gateway.as(CHOJU_STAFF).body(booking(start, "FIELD_WORK"))
                .post("/api/v1/lending/reservations").then().statusCode(201)
                .body("siteCode", equalTo(SITE)).extract().path("id");
    }

    @Test
    @Order(2)
    void only_the_information_policy_division_declares_disaster_mode() {
        gateway.as(STAFF).body(Map.of("siteCodes", List.of(SITE), "reason", "訓練"))
                .post("/api/v1/lending/disaster-mode").then().statusCode(403);
    }

    @Test
    @Order(3)
    void declaring_disaster_mode_for_the_site_cancels_the_booking_for_disaster_response() {
        declarationId = gateway.as(INFO_POLICY).body(Map.of("siteCodes", List.of(SITE),
                        "reason", "大雨による災害対応のため"))
                .post("/api/v1/lending/disaster-mode").then().statusCode(201)
                .body("allSites", equalTo(false))
                .body("siteCodes", equalTo(List.of(SITE)))
                .body("bookingsCancelled", equalTo(1))
                .body("devicesRecalled", equalTo(0))
                .extract().path("id");

        gateway.as(CHOJU_STAFF).get("/api/v1/lending/reservations/" + reservationId).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("DISASTER_PREEMPTION"))
                .body("cancelledAt", notNullValue());
        gateway.as(STAFF).get("/api/v1/lending/disaster-mode").then().statusCode(200)
                .body("id", hasItem(declarationId));
    }

    @Test
    @Order(4)
    void the_borrower_is_told_urgently_in_the_inbox_and_by_mail() {
        String title = "【災害モード】予約が取り消されました（端末 No.006）";
        eventually().untilAsserted(() -> gateway.as(CHOJU_STAFF).get("/api/v1/notifications/inbox").then()
                .statusCode(200)
                .body("find { it.kind == 'RESERVATION_PREEMPTED' }.title", equalTo(title))
                .body("find { it.kind == 'RESERVATION_PREEMPTED' }.urgent", equalTo(true)));
        List<MailServer.Mail> mails = eventually().until(() -> suite.mail().inbox("staff-choju@example.com").stream()
                .filter(mail -> mail.subject().equals(title)).toList(), found -> !found.isEmpty());
        assertThat(mails).hasSize(1);
        // urgent mail carries no unsubscribe link
        assertThat(mails.get(0).mime()).doesNotContainIgnoringCase("List-Unsubscribe");
    }

    @Test
    @Order(5)
    void while_it_is_in_force_the_site_takes_disaster_response_bookings_only() {
        Instant start = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        gateway.as(CHOJU_STAFF).body(booking(start, "MEETING")).post("/api/v1/lending/reservations").then()
                .statusCode(409).body("type", equalTo("https://madoguchi.org/problems/disaster-mode-in-force"));
        String response = gateway.as(CHOJU_STAFF).body(booking(start, "DISASTER_RESPONSE"))
                .post("/api/v1/lending/reservations").then().statusCode(201)
                .body("disasterResponse", equalTo(true)).extract().path("id");
        gateway.as(CHOJU_STAFF).post("/api/v1/lending/reservations/" + response + "/cancel").then().statusCode(200);
    }

    @Test
    @Order(6)
    void lifting_it_opens_the_site_to_every_booking_again() {
        gateway.as(INFO_POLICY).post("/api/v1/lending/disaster-mode/" + declarationId + "/lift").then()
                .statusCode(200).body("liftedAt", notNullValue());
        gateway.as(STAFF).get("/api/v1/lending/disaster-mode").then().statusCode(200)
                .body("id", not(hasItem(declarationId)));
        Instant start = Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String booked = gateway.as(CHOJU_STAFF).body(booking(start, "MEETING")).post("/api/v1/lending/reservations")
                .then().statusCode(201).extract().path("id");
        gateway.as(CHOJU_STAFF).post("/api/v1/lending/reservations/" + booked + "/cancel").then().statusCode(200);
    }

    private static Map<String, Object> booking(Instant start, String purpose) {
        return Map.of("siteCode", SITE, "start", start.toString(), "end", start.plus(1, ChronoUnit.HOURS).toString(),
                "purpose", purpose);
    }
}
