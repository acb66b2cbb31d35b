package org.madoguchi.lending.adapter.in.rest;

import io.restassured.path.json.JsonPath;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Small steps of the lending API that the integration tests share. */
public final class LendingApi {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Staff INFO = Staff.infoPolicy();

    private LendingApi() {
    }

    /** The id of the device with that number (seeded from the inventory). */
    public static String deviceId(String number) {
        List<Map<String, Object>> devices = INFO.call().get("/api/v1/lending/devices").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return devices.stream().filter(d -> number.equals(d.get("number"))).findFirst()
                .map(d -> (String) d.get("id")).orElseThrow();
    }

    /**
     * 10:00 on the first working day at least {@code daysAhead} days from today in Tokyo: an hour at which the desks
     * work, whatever time of day the tests run at.
     */
    static Instant workingMorning(int daysAhead) {
        LocalDate day = LocalDate.now(TOKYO).plusDays(daysAhead);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return at(day, "10:00");
    }

    public static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(TOKYO).toInstant();
    }

    public static Map<String, Object> booking(String deviceId, Instant start, Instant end, String purpose) {
        return Map.of("deviceId", deviceId, "start", start.toString(), "end", end.toString(), "purpose", purpose);
    }

    public static String book(Staff who, String deviceId, Instant start, Instant end, String purpose) {
        return who.call().body(booking(deviceId, start, end, purpose)).post("/api/v1/lending/reservations")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> handOverBody() {
        return Map.of(
                "notebook", Map.of("arrangement", "DEPOSITED", "assetTag", "LG-2026-0042", "storage", "管理課 保管庫A"),
                "kit", List.of("MOBILE_PC", "CASE", "WIRE_LOCK", "KEYBOARD", "POWER_CORD"),
                "disinfected", true, "operationChecked", true,
                "rulesAcknowledged", List.of("NO_DATA_KEPT_ON_DEVICE", "NO_USE_WALKING_OR_IN_PUBLIC", "NEVER_LEFT_IN_CAR",
                        "NO_SOFTPHONE_CALLS"));
    }

    public static Map<String, Object> completeReturn() {
        return Map.of("kitReturned", List.of("MOBILE_PC", "CASE", "WIRE_LOCK", "KEYBOARD", "POWER_CORD"),
                "notebookReturned", true, "notebookConfirmedByOwner", true);
    }

    public static JsonPath reservation(Staff who, String id) {
        return who.call().get("/api/v1/lending/reservations/" + id).then().statusCode(200).extract().jsonPath();
    }
}
