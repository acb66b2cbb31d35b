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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.TOKYO;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.at;

/** 災害モード cancels and recalls exactly what is in scope, and admits only disaster response until lifted. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DisasterModeTest {

    private final Staff info = Staff.infoPolicy();

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;
    private final Staff kawaharaDesk = Staff.desk("kawahara", "kawahara-chiiki-shinko");

    /** Six people of 情報政策課 lift the same declaration at once: one lift, five clean conflicts. */
    private void liftOnceWhateverTheConcurrency(String declaration) {
        String token = info.token();
        List<java.util.concurrent.CompletableFuture<Integer>> lifts = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            lifts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json")
                        .post("/api/v1/lending/disaster-mode/" + declaration + "/lift").statusCode();
            }, pool));
        }
        go.countDown();
        List<Integer> statuses = lifts.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("select count(*) from event_outbox "
                     + "where event_type = 'madoguchi.lending.disaster-mode-lifted.v1' and message_key = ?")) {
            s.setString(1, declaration);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("lifted events").isEqualTo(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void backToTheWallClock() {
        MovableClock.INSTANCE.reset();
    }

    private static LocalDate nextWeekday(LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void disaster_mode_cancels_and_recalls_exactly_the_bookings_in_scope() {
        LocalDate day = LocalDate.now(TOKYO).plusDays(10);
        Staff a = Staff.member("山本", "somu");
        Staff b = Staff.member("中村", "kodomo-katei");
        Staff c = Staff.member("小林", "choju-shakai");
        Staff d = Staff.member("加藤", "shiminzei");
        String kokufuNormal = LendingApi.book(a, LendingApi.deviceId("006"), at(day, "09:00"), at(day, "12:00"), "TELEWORK");
        String kokufuDisaster = LendingApi.book(b, LendingApi.deviceId("006"), at(day, "13:00"), at(day, "17:00"), "DISASTER_RESPONSE");
        String fukubeNormal = LendingApi.book(c, LendingApi.deviceId("008"), at(day, "09:00"), at(day, "12:00"), "TELEWORK");
        // the desk hands over during its hours only: the device goes out at 10:00 on a working day, whatever the wall clock says
        Instant now = at(nextWeekday(day.minusDays(3)), "10:00");
        MovableClock.INSTANCE.travelTo(now);
        String kawaharaOut = LendingApi.book(d, LendingApi.deviceId("009"), now, now.plus(Duration.ofHours(3)), "FIELD_WORK");
        kawaharaDesk.call().body(LendingApi.handOverBody()).post("/api/v1/lending/reservations/" + kawaharaOut + "/hand-over")
                .then().statusCode(200);

        a.call().body(Map.of("siteCodes", List.of("kokufu"))).post("/api/v1/lending/disaster-mode")
                .then().statusCode(403);
        info.call().body(Map.of("siteCodes", List.of("kokufu", "atlantis"))).post("/api/v1/lending/disaster-mode")
                .then().statusCode(400).body("type", endsWith("/unknown-site"));

        var declared = info.call().body(Map.of("siteCodes", List.of("kokufu", "kawahara"), "reason", "豪雨災害"))
                .post("/api/v1/lending/disaster-mode")
                .then().statusCode(201).body("bookingsCancelled", equalTo(1)).body("devicesRecalled", equalTo(1))
                .extract().jsonPath();
        String declaration = declared.getString("id");
        try {
            assertThat(LendingApi.reservation(a, kokufuNormal).getString("status")).isEqualTo("CANCELLED");
            assertThat(LendingApi.reservation(a, kokufuNormal).getString("cancellationReason")).isEqualTo("DISASTER_PREEMPTION");
            assertThat(LendingApi.reservation(b, kokufuDisaster).getString("status")).isEqualTo("CONFIRMED");
            assertThat(LendingApi.reservation(c, fukubeNormal).getString("status")).isEqualTo("CONFIRMED");
            assertThat(LendingApi.reservation(d, kawaharaOut).getString("status")).isEqualTo("LENT");

            a.call().body(LendingApi.booking(LendingApi.deviceId("006"), at(day.plusDays(1), "09:00"), at(day.plusDays(1), "10:00"), "TELEWORK"))
                    .post("/api/v1/lending/reservations").then().statusCode(409).body("type", endsWith("/disaster-mode-in-force"));
            LendingApi.book(a, LendingApi.deviceId("006"), at(day.plusDays(1), "09:00"), at(day.plusDays(1), "10:00"), "DISASTER_RESPONSE");
            LendingApi.book(a, LendingApi.deviceId("008"), at(day.plusDays(1), "09:00"), at(day.plusDays(1), "10:00"), "TELEWORK");
            a.call().get("/api/v1/lending/disaster-mode").then().statusCode(200)
                    .body("find { it.id == '" + declaration + "' }.siteCodes.size()", equalTo(2));

            List<ReceivedEvent> cancelled = LendingEventLog.await(LendingEventLog.about("reservationId", kokufuNormal), 2);
            assertThat(cancelled).extracting(ReceivedEvent::type).containsExactly("madoguchi.lending.reservation-requested.v1",
                    "madoguchi.lending.reservation-cancelled.v1");
            assertThat(cancelled.get(1).data().get("reason").asText()).isEqualTo("DISASTER_PREEMPTION");
            List<ReceivedEvent> recalled = LendingEventLog.await(e -> e.type().endsWith("device-recalled.v1")
                    && e.data().get("reservationId").asText().equals(kawaharaOut), 1);
            assertThat(recalled.get(0).data().get("borrower").get("subject").asText()).isEqualTo(d.subject());
            assertThat(recalled.get(0).data().get("borrower").has("name")).as("events carry subjects, never names").isFalse();
            assertThat(LendingEventLog.await(LendingEventLog.about("declarationId", declaration), 1))
                    .extracting(ReceivedEvent::type).contains("madoguchi.lending.disaster-mode-declared.v1");
        } finally {
            liftOnceWhateverTheConcurrency(declaration);
        }
        LendingApi.book(a, LendingApi.deviceId("006"), at(day.plusDays(2), "09:00"), at(day.plusDays(2), "10:00"), "TELEWORK");
        info.call().post("/api/v1/lending/disaster-mode/" + declaration + "/lift").then().statusCode(409);
        kawaharaDesk.call().body(LendingApi.completeReturn()).post("/api/v1/lending/reservations/" + kawaharaOut + "/return")
                .then().statusCode(200);
    }
}
