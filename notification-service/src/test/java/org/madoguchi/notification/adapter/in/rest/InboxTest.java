package org.madoguchi.notification.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.Topics;
import org.madoguchi.notification.Caller;
import org.madoguchi.notification.Inbox;
import org.madoguchi.notification.SampleEvents;
import org.madoguchi.notification.SampleEvents.Booking;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.testing.BadText;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The in-app inbox: one's own only, marked read, live over Server-Sent Events; preferences; template previews. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class InboxTest {

    private static final Instant START = Instant.parse("2031-05-12T00:30:00Z");
    private static final Instant END = Instant.parse("2031-05-12T08:00:00Z");

    private static void confirmedBookingFor(Caller borrower) {
        SampleEvents.send(Topics.LENDING, SampleEvents.requested(Booking.of("site-" + UUID.randomUUID(),
                borrower.subject(), START, END), "CONFIRMED"));
    }

    @Test
    void a_person_reads_and_marks_only_their_own_notifications() {
        Caller owner = Caller.staff("somu").listed();
        Caller other = Caller.staff("somu").listed();
        confirmedBookingFor(owner);
        confirmedBookingFor(owner);
        String id = Inbox.awaitItems(owner, 2).get(0).get("id").toString();

        other.call().post("/api/v1/notifications/inbox/" + id + "/read").then().statusCode(404)
                .body("type", endsWith("/not-found"));
        assertThat(Inbox.of(other)).isEmpty();
        owner.call().post("/api/v1/notifications/inbox/" + id + "/read").then().statusCode(200)
                .body("readAt", notNullValue());

        owner.call().get("/api/v1/notifications/inbox?unread=true").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].id", org.hamcrest.Matchers.not(equalTo(id)));
        given().get("/api/v1/notifications/inbox").then().statusCode(401);
    }

    @Test
    void the_live_stream_sends_each_new_item_of_one_s_own_inbox() throws Exception {
        Caller owner = Caller.staff("somu").listed();
        Caller other = Caller.staff("somu").listed();
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        List<String> received = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/notifications/inbox/stream?after=0"))
                .header("Authorization", "Bearer " + owner.token()).header("Accept", "text/event-stream").build();
        CompletableFuture<Void> reading = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenAccept(response -> {
                    try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            if (line.startsWith("data:")) {
                                received.add(line.substring(5));
                            }
                        }
                    } catch (Exception closed) {
                        // the test ends the stream
                    }
                });
        try {
            confirmedBookingFor(other);
            confirmedBookingFor(owner);

            await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
            assertThat(received).singleElement().asString().contains("RESERVATION_CONFIRMED", "予約が確定しました");
            assertThat(Inbox.awaitItems(other, 1)).hasSize(1);
        } finally {
            reading.cancel(true);
        }
    }

    @Test
    void the_live_stream_opens_before_anything_arrives_and_a_browser_resumes_after_its_last_event_id() throws Exception {
        Caller owner = Caller.staff("somu").listed();
        confirmedBookingFor(owner);
        List<Map<String, Object>> first = Inbox.awaitItems(owner, 1);
        String firstSequence = first.get(0).get("sequence").toString();
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        List<String> lines = new CopyOnWriteArrayList<>();
        List<Integer> status = new CopyOnWriteArrayList<>();
        // no ?after=: the browser's own reconnection names the last event it saw
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/notifications/inbox/stream"))
                .header("Authorization", "Bearer " + owner.token()).header("Accept", "text/event-stream")
                .header("Last-Event-ID", firstSequence).build();
        CompletableFuture<Void> reading = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenAccept(response -> {
                    status.add(response.statusCode());
                    lines.add("content-type " + response.headers().firstValue("content-type").orElse(""));
                    try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = body.readLine()) != null) {
                            lines.add(line);
                        }
                    } catch (Exception closed) {
                        // the test ends the stream
                    }
                });
        try {
            // nothing new has reached the inbox, yet the answer's head and an opening comment are there
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(line -> line.matches(": ?open")));
            assertThat(status).containsExactly(200);
            assertThat(lines.get(0)).startsWith("content-type text/event-stream");
            assertThat(lines).noneMatch(line -> line.startsWith("data:"));
            // a quiet stream keeps the connection alive
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(line -> line.matches(": ?heartbeat")));

            confirmedBookingFor(owner);
            String second = Inbox.awaitItems(owner, 2).get(0).get("sequence").toString();
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(line -> line.startsWith("data:")));
            assertThat(lines).filteredOn(line -> line.startsWith("id:")).extracting(line -> line.substring(3).strip())
                    .containsExactly(second);
            assertThat(lines).filteredOn(line -> line.startsWith("data:")).singleElement().asString()
                    .contains("\"sequence\":" + second);
        } finally {
            reading.cancel(true);
        }
    }

    @Test
    void preferences_are_one_s_own_and_bad_ones_are_refused_whole() {
        Caller person = Caller.citizen(Language.JA).listed();

        person.call().get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("effective.DEVICE_LOST", hasItem("EMAIL")).body("effective.ANNOUNCEMENT", equalTo(List.of("INBOX")));
        person.call().body(Map.of("language", "fr", "email", "not-an-address", "quietHours", Map.of("from", "22:00")))
                .put("/api/v1/notifications/preferences").then().statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("language", "email", "quietHours.until"));
        person.call().body("{\"email\": \"" + BadText.NUL.inJson() + "\"}").put("/api/v1/notifications/preferences")
                .then().statusCode(400).body("type", endsWith("/invalid-text")).body("errors[0].field", equalTo("email"));
        person.call().get("/api/v1/notifications/preferences").then().body("email", equalTo(null));

        person.call().body(Map.of("language", "en", "email", "hanako@example.jp",
                        "channels", Map.of("DEVICE_LOST", List.of("INBOX"), "RETURN_REMINDER", List.of("MESSAGING")),
                        "quietHours", Map.of("from", "21:00", "until", "06:30")))
                .put("/api/v1/notifications/preferences").then().statusCode(200)
                .body("language", equalTo("en"))
                .body("effective.DEVICE_LOST", org.hamcrest.Matchers.containsInAnyOrder("INBOX", "EMAIL"))
                .body("effective.RETURN_REMINDER", org.hamcrest.Matchers.containsInAnyOrder("INBOX", "MESSAGING"))
                .body("quietHours.from", org.hamcrest.Matchers.startsWith("21:00"));
    }

    @Test
    void the_information_policy_division_previews_every_template_in_both_languages_and_nobody_else_does() {
        Caller infoPolicy = Caller.infoPolicy();

        infoPolicy.call().get("/api/v1/notifications/templates/APPLICATION_RECEIVED/preview?lang=ja").then()
                .statusCode(200).body("title", equalTo("申請を受け付けました（受付番号 R5-000123）"))
                .body("body", containsString("処理予定日: 令和5年5月25日"));
        infoPolicy.call().get("/api/v1/notifications/templates/RESERVATION_APPROVED/preview?lang=en").then()
                .statusCode(200).body("body", containsString("11 May 2023, 09:30 to 11 May 2023, 17:00"));
        infoPolicy.call().get("/api/v1/notifications/templates").then().statusCode(200)
                .body("$", hasSize(36)).body("findAll { it.urgent }.kind", hasItem("DEVICE_LOST"));
        infoPolicy.call().get("/api/v1/notifications/templates/NO_SUCH_KIND/preview").then().statusCode(404);
        Caller.staff("somu").call().get("/api/v1/notifications/templates").then().statusCode(403);
    }

    @Test
    void only_operations_read_the_delivery_log() {
        Caller.staff("somu").call().get("/api/v1/notifications/deliveries").then().statusCode(403);
        Caller.ops().call().get("/api/v1/notifications/deliveries?status=SENT&channel=INBOX&limit=5").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.everyItem(equalTo("SENT")));
    }
}
