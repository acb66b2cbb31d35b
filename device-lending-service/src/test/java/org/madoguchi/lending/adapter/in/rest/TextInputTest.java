package org.madoguchi.lending.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.lending.adapter.out.persistence.ScratchData;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.testing.BadText;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

/**
 * Every write endpoint that takes JSON, every text field of its body, every kind of {@link BadText}: a 400
 * {@code invalid-text} problem naming the field, and nothing written. Each test works on a site of its own, and
 * posts the valid body last to show that it would have been written.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class TextInputTest {

    /** Every POST, PUT and PATCH of the service that takes a JSON body; each has a test below. */
    static final List<String> WRITE_ENDPOINTS_WITH_JSON = List.of(
            "POST /api/v1/lending/reservations",
            "POST /api/v1/lending/reservations/{id}/approve",
            "POST /api/v1/lending/reservations/{id}/decline",
            "POST /api/v1/lending/reservations/{id}/hand-over",
            "POST /api/v1/lending/reservations/{id}/return",
            "POST /api/v1/lending/devices",
            "POST /api/v1/lending/devices/{id}/move",
            "POST /api/v1/lending/devices/{id}/loss-report",
            "POST /api/v1/lending/devices/{id}/restore",
            "POST /api/v1/lending/devices/{id}/fault-report",
            "POST /api/v1/lending/devices/{id}/maintenance",
            "POST /api/v1/lending/incidents/{id}/report",
            "POST /api/v1/lending/incidents/{id}/close",
            "POST /api/v1/lending/disaster-mode");

    /** Numbers of this test's devices, 100 to 199: above the seed (001–030) and the inventory test (031), below the out-port contracts. */
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger();

    private final Staff info = Staff.infoPolicy();
    private final Staff borrower = Staff.member("因幡", "somu");
    private final LocalDate day = LocalDate.now(LendingApi.TOKYO).plusDays(60);
    private final List<SiteCode> sites = new ArrayList<>();
    private Site site;
    private Staff desk;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Inventory inventory;

    @BeforeEach
    void aSiteOfItsOwn() {
        site = freshSite();
        desk = Staff.desk(site.code().value(), site.managingDepartment());
    }

    @AfterEach
    void discardTheSites() {
        MovableClock.INSTANCE.reset();
        sites.forEach(code -> ScratchData.discardSite(dataSource, code.value()));
    }

    @Test
    void the_list_holds_every_write_endpoint_of_the_service_that_takes_json() {
        assertThat(WriteEndpoints.withJsonBody()).containsExactlyInAnyOrderElementsOf(WRITE_ENDPOINTS_WITH_JSON);
    }

    @Test
    void a_booking_of_a_device_refuses_bad_text_in_each_field() {
        String device = freshDevice(site).id().value().toString();
        Map<String, Object> body = Map.of("deviceId", device, "start", at(day, "10:00").toString(),
                "end", at(day, "12:00").toString(), "purpose", "TELEWORK", "note", "在宅勤務");

        JsonPath booked = refusesBadTextThenAccepts(post("POST /api/v1/lending/reservations", borrower,
                "/api/v1/lending/reservations", body, "deviceId", "start", "end", "purpose", "note"), 201);

        assertThat(booked.getString("deviceId")).isEqualTo(device);
        assertThat(booked.getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void a_booking_of_any_device_of_a_site_refuses_bad_text_in_each_field() {
        freshDevice(site);
        Map<String, Object> body = Map.of("siteCode", site.code().value(), "start", at(day, "13:00").toString(),
                "end", at(day, "14:00").toString(), "purpose", "MEETING", "note", "会議");

        JsonPath booked = refusesBadTextThenAccepts(post("POST /api/v1/lending/reservations", borrower,
                "/api/v1/lending/reservations", body, "siteCode", "start", "end", "purpose", "note"), 201);

        assertThat(booked.getString("siteCode")).isEqualTo(site.code().value());
    }

    @Test
    void approving_a_booking_refuses_bad_text_in_its_comment() {
        String booking = pendingBooking();

        JsonPath approved = refusesBadTextThenAccepts(post("POST /api/v1/lending/reservations/{id}/approve", desk,
                "/api/v1/lending/reservations/" + booking + "/approve", Map.of("comment", "承認します"), "comment"), 200);

        assertThat(approved.getString("status")).isEqualTo("CONFIRMED");
        assertThat(approved.getString("decisionComment")).isEqualTo("承認します");
    }

    @Test
    void declining_a_booking_refuses_bad_text_in_its_comment() {
        String booking = pendingBooking();

        JsonPath declined = refusesBadTextThenAccepts(post("POST /api/v1/lending/reservations/{id}/decline", desk,
                "/api/v1/lending/reservations/" + booking + "/decline", Map.of("comment", "重複のため"), "comment"), 200);

        assertThat(declined.getString("status")).isEqualTo("DECLINED");
    }

    @Test
    void a_hand_over_refuses_bad_text_in_the_notebook_the_kit_and_the_rules() {
        String booking = LendingApi.book(borrower, freshDevice(site).id().value().toString(), at(day, "10:00"),
                at(day, "12:00"), "FIELD_WORK");
        MovableClock.INSTANCE.travelTo(at(day, "10:00"));

        JsonPath lending = refusesBadTextThenAccepts(post("POST /api/v1/lending/reservations/{id}/hand-over", desk,
                "/api/v1/lending/reservations/" + booking + "/hand-over", LendingApi.handOverBody(),
                "notebook.arrangement", "notebook.assetTag", "notebook.storage", "kit[0]", "kit[1]", "kit[2]", "kit[3]",
                "kit[4]", "rulesAcknowledged[0]", "rulesAcknowledged[1]", "rulesAcknowledged[2]",
                "rulesAcknowledged[3]"), 200);

        assertThat(lending.getString("reservationId")).isEqualTo(booking);
    }

    @Test
    void a_return_refuses_bad_text_in_the_kit_returned_and_the_damage_note() {
        String booking = LendingApi.book(borrower, freshDevice(site).id().value().toString(), at(day, "10:00"),
                at(day, "12:00"), "FIELD_WORK");
        MovableClock.INSTANCE.travelTo(at(day, "10:00"));
        desk.call().body(LendingApi.handOverBody()).post("/api/v1/lending/reservations/" + booking + "/hand-over")
                .then().statusCode(200);
        Map<String, Object> body = Map.of("kitReturned", List.of("MOBILE_PC", "CASE", "WIRE_LOCK", "KEYBOARD", "POWER_CORD"),
                "notebookReturned", true, "notebookConfirmedByOwner", true, "damageNote", "角に擦り傷");

        JsonPath returned = refusesBadTextThenAccepts(post("POST /api/v1/lending/reservations/{id}/return", desk,
                "/api/v1/lending/reservations/" + booking + "/return", body, "kitReturned[0]", "kitReturned[1]",
                "kitReturned[2]", "kitReturned[3]", "kitReturned[4]", "damageNote"), 200);

        assertThat(returned.getList("incidentsOpened.kind")).containsExactly("DAMAGE");
    }

    @Test
    void registering_a_device_refuses_bad_text_in_its_number_and_site() {
        String number = nextNumber().value();

        JsonPath registered = refusesBadTextThenAccepts(post("POST /api/v1/lending/devices", info, "/api/v1/lending/devices",
                Map.of("number", number, "siteCode", site.code().value()), "number", "siteCode"), 201);

        assertThat(registered.getString("label")).isEqualTo("No." + number);
    }

    @Test
    void moving_a_device_refuses_bad_text_in_the_site() {
        Device device = freshDevice(site);
        Site elsewhere = freshSite();

        JsonPath moved = refusesBadTextThenAccepts(post("POST /api/v1/lending/devices/{id}/move", info,
                "/api/v1/lending/devices/" + device.id().value() + "/move", Map.of("siteCode", elsewhere.code().value()),
                "siteCode"), 200);

        assertThat(moved.getString("siteCode")).isEqualTo(elsewhere.code().value());
    }

    @Test
    void a_loss_report_refuses_bad_text_in_its_description() {
        Device device = freshDevice(site);

        JsonPath incident = refusesBadTextThenAccepts(post("POST /api/v1/lending/devices/{id}/loss-report", desk,
                "/api/v1/lending/devices/" + device.id().value() + "/loss-report", Map.of("description", "電車に置き忘れ"),
                "description"), 200);

        assertThat(incident.getString("kind")).isEqualTo("LOSS");
    }

    @Test
    void a_fault_report_refuses_bad_text_in_its_description() {
        Device device = freshDevice(site);

        JsonPath incident = refusesBadTextThenAccepts(post("POST /api/v1/lending/devices/{id}/fault-report", desk,
                "/api/v1/lending/devices/" + device.id().value() + "/fault-report", Map.of("description", "起動しない"),
                "description"), 200);

        assertThat(incident.getString("kind")).isEqualTo("FAULT");
    }

    @Test
    void restoring_a_device_refuses_bad_text_in_the_inspection_note() {
        Device device = freshDevice(site);
        faultOf(device);

        JsonPath restored = refusesBadTextThenAccepts(post("POST /api/v1/lending/devices/{id}/restore", desk,
                "/api/v1/lending/devices/" + device.id().value() + "/restore", Map.of("note", "点検済み"), "note"), 200);

        assertThat(restored.getString("status")).isEqualTo("AVAILABLE");
    }

    @Test
    void logging_maintenance_refuses_bad_text_in_each_field() {
        Device device = freshDevice(site);
        Map<String, Object> body = Map.of("kind", "CHARGING", "start", at(day, "08:00").toString(),
                "end", at(day, "09:00").toString(), "note", "充電");

        JsonPath logged = refusesBadTextThenAccepts(post("POST /api/v1/lending/devices/{id}/maintenance", desk,
                "/api/v1/lending/devices/" + device.id().value() + "/maintenance", body, "kind", "start", "end", "note"), 201);

        assertThat(logged.getString("kind")).isEqualTo("CHARGING");
    }

    @Test
    void an_incident_report_refuses_bad_text_in_the_report() {
        String incident = faultOf(freshDevice(site));

        JsonPath reported = refusesBadTextThenAccepts(post("POST /api/v1/lending/incidents/{id}/report", desk,
                "/api/v1/lending/incidents/" + incident + "/report", Map.of("report", "経緯を報告します。"), "report"), 200);

        assertThat(reported.getString("report")).isEqualTo("経緯を報告します。");
    }

    @Test
    void closing_an_incident_refuses_bad_text_in_the_resolution() {
        String incident = faultOf(freshDevice(site));

        JsonPath closed = refusesBadTextThenAccepts(post("POST /api/v1/lending/incidents/{id}/close", desk,
                "/api/v1/lending/incidents/" + incident + "/close", Map.of("resolution", "修理済み"), "resolution"), 200);

        assertThat(closed.getString("closedAt")).isNotNull();
    }

    @Test
    void declaring_disaster_mode_refuses_bad_text_in_the_sites_the_start_and_the_reason() {
        freshDevice(site);
        Map<String, Object> body = Map.of("siteCodes", List.of(site.code().value()),
                "effectiveFrom", at(day.plusDays(300), "00:00").toString(), "reason", "豪雨災害");

        JsonPath declared = refusesBadTextThenAccepts(post("POST /api/v1/lending/disaster-mode", info,
                "/api/v1/lending/disaster-mode", body, "siteCodes[0]", "effectiveFrom", "reason"), 201);

        info.call().post("/api/v1/lending/disaster-mode/" + declared.getString("id") + "/lift").then().statusCode(200);
        assertThat(declared.getList("siteCodes")).containsExactly(site.code().value());
    }

    /** One write: the endpoint as listed, who calls it, where, with which valid body, and its text fields. */
    private record Write(String endpoint, Staff caller, String path, Map<String, Object> body, List<String> textFields) {
    }

    private static Write post(String endpoint, Staff caller, String path, Map<String, Object> body, String... textFields) {
        assertThat(WRITE_ENDPOINTS_WITH_JSON).contains(endpoint);
        return new Write(endpoint, caller, path, body, List.of(textFields));
    }

    /**
     * Posts each bad text in each text field in turn and sees each refused as {@code invalid-text} naming that
     * field, with nothing written; then posts the valid body and sees it accepted and written.
     */
    private JsonPath refusesBadTextThenAccepts(Write write, int acceptedStatus) {
        BadBodies bodies = new BadBodies(write.body());
        assertThat(bodies.textFields()).as("text fields of the valid body of %s", write.endpoint())
                .containsExactlyInAnyOrderElementsOf(write.textFields());
        StoredRows before = StoredRows.of(dataSource);
        int refused = 0;
        for (String field : write.textFields()) {
            for (BadText bad : BadText.values()) {
                write.caller().call().body(bodies.withBadText(field, bad)).post(write.path())
                        .then().statusCode(400)
                        .contentType(startsWith("application/problem+json"))
                        .body("type", endsWith("/invalid-text"))
                        .body("errors", hasSize(1))
                        .body("errors[0].field", equalTo(field))
                        .body("errors[0].code", equalTo(bad.code()));
                refused++;
            }
        }
        assertThat(refused).isEqualTo(write.textFields().size() * BadText.values().length);
        assertThat(StoredRows.of(dataSource)).as("rows after %d refused writes to %s", refused, write.endpoint())
                .isEqualTo(before);

        JsonPath accepted = write.caller().call().body(bodies.valid()).post(write.path())
                .then().statusCode(acceptedStatus).extract().jsonPath();
        assertThat(StoredRows.of(dataSource)).as("rows after the valid write to %s", write.endpoint()).isNotEqualTo(before);
        return accepted;
    }

    private String pendingBooking() {
        return LendingApi.book(borrower, freshDevice(site).id().value().toString(), at(day, "17:00"),
                at(day.plusDays(1), "09:00"), "WORK_FROM_HOME");
    }

    /** Reports a fault of the device through the API; returns the incident's id. */
    private String faultOf(Device device) {
        return desk.call().body(Map.of("description", "画面が映らない"))
                .post("/api/v1/lending/devices/" + device.id().value() + "/fault-report")
                .then().statusCode(200).extract().path("id");
    }

    private Site freshSite() {
        Site fresh = new Site(new SiteCode("text-" + UUID.randomUUID().toString().substring(0, 8)), "文字入力テスト庁舎",
                "Text input test building", "somu", "総務課");
        sites.add(fresh.code());
        QuarkusTransaction.requiringNew().run(() -> inventory.save(fresh));
        return fresh;
    }

    private Device freshDevice(Site at) {
        Device device = Device.register(nextNumber(), at.code());
        QuarkusTransaction.requiringNew().run(() -> inventory.save(device));
        return device;
    }

    private static DeviceNumber nextNumber() {
        return new DeviceNumber(String.valueOf(100 + NEXT_NUMBER.getAndIncrement() % 100));
    }
}
