package org.madoguchi.lending.adapter.in.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.lending.application.port.in.DetectOverdueUseCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Loss (紛失) and disabling (無効措置), faults (故障), and overdue detection. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LossFaultAndOverdueTest {

    private final Staff aoyaDesk = Staff.desk("aoya", "aoya-chiiki-shinko");
    private final Staff mainDesk = Staff.desk("honchosha", "joho-seisaku");

    @Inject
    DetectOverdueUseCase overdue;

    @AfterEach
    void backToNow() {
        MovableClock.INSTANCE.reset();
    }

    private String lendNow(Staff borrower, String deviceNumber, Staff desk) {
        // the device goes out at 10:00 on a working day on the movable clock, whatever the wall clock says
        Instant now = LendingApi.workingMorning(15);
        MovableClock.INSTANCE.travelTo(now);
        String booking = LendingApi.book(borrower, LendingApi.deviceId(deviceNumber), now, now.plus(Duration.ofHours(1)), "FIELD_WORK");
        desk.call().body(LendingApi.handOverBody()).post("/api/v1/lending/reservations/" + booking + "/hand-over")
                .then().statusCode(200);
        return booking;
    }

    @Test
    void the_holder_reports_a_loss_at_once_and_only_the_site_s_desk_disables_and_restores_the_device() {
        Staff holder = Staff.member("高橋", "somu");
        String device = LendingApi.deviceId("014");
        String booking = lendNow(holder, "014", aoyaDesk);

        Staff.member("伊藤", "somu").call().body(Map.of("description", "?")).post("/api/v1/lending/devices/" + device + "/loss-report")
                .then().statusCode(403).body("type", endsWith("/not-holder"));
        String incident = holder.call().body(Map.of("description", "電車に置き忘れました"))
                .post("/api/v1/lending/devices/" + device + "/loss-report")
                .then().statusCode(200).body("kind", equalTo("LOSS")).body("reportRequired", equalTo(true))
                .extract().path("id");
        assertThat(LendingApi.reservation(holder, booking).getString("status")).isEqualTo("LOST");
        mainDesk.call().get("/api/v1/lending/devices?site=aoya").then().body("[0].status", equalTo("LOST"));

        aoyaDesk.call().post("/api/v1/lending/devices/" + device + "/restore").then().statusCode(409)
                .body("type", endsWith("/device-not-disabled"));
        mainDesk.call().post("/api/v1/lending/devices/" + device + "/disabling").then().statusCode(403);
        aoyaDesk.call().post("/api/v1/lending/devices/" + device + "/disabling").then().statusCode(200)
                .body("disabledAt", notNullValue()).body("disabledBy", equalTo(aoyaDesk.subject()));
        aoyaDesk.call().post("/api/v1/lending/devices/" + device + "/disabling").then().statusCode(409)
                .body("type", endsWith("/device-already-disabled"));
        aoyaDesk.call().body(Map.of("note", "発見・点検済み")).post("/api/v1/lending/devices/" + device + "/restore")
                .then().statusCode(200).body("status", equalTo("AVAILABLE"));

        List<ReceivedEvent> events = LendingEventLog.await(e -> e.subject().equals(device)
                && e.type().matches(".*device-(reported-lost|disabled|restored).*"), 3);
        assertThat(events).extracting(ReceivedEvent::type).containsExactly("madoguchi.lending.device-reported-lost.v1",
                "madoguchi.lending.device-disabled.v1", "madoguchi.lending.device-restored.v1");
        assertThat(events.get(0).data().get("incidentId").asText()).isEqualTo(incident);
        assertThat(events.get(0).data().get("siteCode").asText()).isEqualTo("aoya");
    }

    @Test
    void a_fault_takes_an_idle_device_out_of_service_so_it_cannot_be_booked() {
        Staff sajiDesk = Staff.desk("saji", "saji-chiiki-shinko");
        String device = LendingApi.deviceId("011");
        Staff.member("渡辺", "somu").call().body(Map.of("description", "x")).post("/api/v1/lending/devices/" + device + "/fault-report")
                .then().statusCode(403);
        sajiDesk.call().body(Map.of("description", "電源が入らない")).post("/api/v1/lending/devices/" + device + "/fault-report")
                .then().statusCode(200).body("kind", equalTo("FAULT")).body("reportRequired", equalTo(false));
        Instant tomorrow = LendingApi.workingMorning(16);
        Staff.member("渡辺", "somu").call().body(LendingApi.booking(device, tomorrow, tomorrow.plus(Duration.ofHours(1)), "TELEWORK"))
                .post("/api/v1/lending/reservations").then().statusCode(409).body("type", endsWith("/device-not-bookable"));
        assertThat(LendingEventLog.await(e -> e.subject().equals(device) && e.type().endsWith("device-fault-reported.v1"), 1))
                .singleElement().satisfies(e -> assertThat(e.data().get("deviceStatus").asText()).isEqualTo("BROKEN"));
        sajiDesk.call().body(Map.of("note", "修理完了")).post("/api/v1/lending/devices/" + device + "/restore")
                .then().statusCode(200).body("status", equalTo("AVAILABLE"));
    }

    @Test
    void a_device_held_past_the_end_of_its_booking_becomes_overdue() {
        Staff ketakaDesk = Staff.desk("ketaka", "ketaka-chiiki-shinko");
        Staff holder = Staff.member("山田", "somu");
        String booking = lendNow(holder, "012", ketakaDesk);

        assertThat(overdue.detectOverdue()).as("nothing is overdue before the end").isGreaterThanOrEqualTo(0);
        assertThat(LendingApi.reservation(holder, booking).getString("status")).isEqualTo("LENT");

        MovableClock.INSTANCE.travelTo(MovableClock.INSTANCE.instant().plus(Duration.ofHours(2)));
        assertThat(overdue.detectOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(LendingApi.reservation(holder, booking).getString("status")).isEqualTo("OVERDUE");
        assertThat(overdue.detectOverdue()).as("marked once").isZero();
        assertThat(LendingEventLog.await(LendingEventLog.about("reservationId", booking), 3)).extracting(ReceivedEvent::type)
                .contains("madoguchi.lending.reservation-overdue.v1");

        ketakaDesk.call().body(LendingApi.completeReturn()).post("/api/v1/lending/reservations/" + booking + "/return")
                .then().statusCode(200).body("incidentsOpened.size()", equalTo(0));
        assertThat(LendingApi.reservation(holder, booking).getString("status")).isEqualTo("RETURNED");
    }
}
