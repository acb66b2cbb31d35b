package org.madoguchi.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** A person's in-app inbox, read through the REST API. */
public final class Inbox {

    private Inbox() {
    }

    /** The inbox as it stands, newest first. */
    public static List<Map<String, Object>> of(Caller person) {
        return person.call().get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The inbox once it holds at least {@code count} items (within 30 s). */
    public static List<Map<String, Object>> awaitItems(Caller person, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> of(person).size() >= count);
        return of(person);
    }

    /** The deliveries of a notification, as operations read them. */
    public static JsonPath deliveries(Object notificationId) {
        return Caller.ops().call().get("/api/v1/notifications/" + notificationId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The status of one channel's delivery of a notification. */
    public static String deliveryStatus(Object notificationId, String channel) {
        List<Map<String, Object>> all = deliveries(notificationId).getList("$");
        return all.stream().filter(d -> channel.equals(d.get("channel"))).map(d -> (String) d.get("status"))
                .findFirst().orElse(null);
    }
}
