package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.GESUIDO_STAFF;
import static org.madoguchi.e2e.SampleUsers.OPS;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.RunningSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ops event stream ({@code GET /api/v1/ops/events}, role ops) shows the domain events of every topic as they
 * happen, as CloudEvents envelopes, and resumes after the last one a client saw.
 */
@EndToEnd(logs = {RunningSuite.LENDING})
class OpsEventStreamTest {

    private static final String REQUESTED = "madoguchi.lending.reservation-requested.v1";
    private static final String CANCELLED = "madoguchi.lending.reservation-cancelled.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSuite suite;
    private final Gateway gateway;

    OpsEventStreamTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
    }

    @Test
    void an_operator_watches_a_booking_being_made_and_cancelled_and_resumes_after_the_last_event_seen()
            throws Exception {
        String url = suite.gatewayUrl() + "/api/v1/ops/events?type=" + REQUESTED + "&type=" + CANCELLED;
        String reservationId;
        String firstEventId;
        try (EventStream stream = EventStream.open(url, Map.of("Authorization", bearer(OPS)))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            // the stream follows the topics from now on once it says so
            eventually().until(stream::comments, comments -> comments.contains("connected"));

            Instant start = Instant.now().plus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
            reservationId = gateway.as(GESUIDO_STAFF).body(Map.of("siteCode", "gesuido", "start", start.toString(),
                            "end", start.plus(1, ChronoUnit.HOURS).toString(), "purpose", "FIELD_WORK"))
                    .post("/api/v1/lending/reservations").then().statusCode(201).extract().path("id");
            gateway.as(GESUIDO_STAFF).post("/api/v1/lending/reservations/" + reservationId + "/cancel").then()
                    .statusCode(200).body("status", equalTo("CANCELLED"));

            String subject = reservationId;
            List<EventStream.Event> seen = eventually().until(() -> stream.events().stream()
                    .filter(e -> subject.equals(envelope(e).path("subject").asText())).toList(),
                    events -> events.size() == 2);
            JsonNode requested = envelope(seen.get(0));
            JsonNode cancelled = envelope(seen.get(1));
            assertThat(requested.path("type").asText()).isEqualTo(REQUESTED);
            assertThat(requested.path("specversion").asText()).isEqualTo("1.0");
            assertThat(requested.path("source").asText()).isEqualTo("/madoguchi/device-lending-service");
            assertThat(requested.path("data").path("siteCode").asText()).isEqualTo("gesuido");
            assertThat(requested.path("data").path("borrower").path("subject").asText())
                    .isEqualTo(gateway.users().subject(GESUIDO_STAFF));
            // people are subjects only: no name travels with the event
            assertThat(requested.path("data").path("borrower").has("name")).isFalse();
            assertThat(cancelled.path("type").asText()).isEqualTo(CANCELLED);
            assertThat(cancelled.path("data").path("reason").asText()).isEqualTo("BY_BORROWER");
            assertThat(seen.get(0).id()).contains("lending.events:");
            firstEventId = seen.get(0).id();
        }

        try (EventStream resumed = EventStream.open(url, Map.of("Authorization", bearer(OPS),
                "Last-Event-ID", firstEventId))) {
            assertThat(resumed.status()).isEqualTo(200);
            String subject = reservationId;
            EventStream.Event next = eventually().until(() -> resumed.events().stream()
                    .filter(e -> subject.equals(envelope(e).path("subject").asText())).findFirst().orElse(null),
                    event -> event != null);
            assertThat(envelope(next).path("type").asText()).isEqualTo(CANCELLED);
        }
    }

    @Test
    void the_stream_is_for_the_ops_role_only() {
        gateway.anonymous().get("/api/v1/ops/events").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://madoguchi.org/problems/sign-in-required"));
        gateway.as(STAFF).get("/api/v1/ops/events").then().statusCode(403)
                .body("type", equalTo("https://madoguchi.org/problems/ops-role-required"));
    }

    private String bearer(String user) {
        return "Bearer " + gateway.users().token(user);
    }

    private static JsonNode envelope(EventStream.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }
}
