package org.madoguchi.gateway.adapter.in.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madoguchi.gateway.FakeUpstream;
import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.Tokens;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Each path reaches the service that answers it, bodies stream both ways, and streams pass event by event. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class RoutingTest {

    private static final String FORM = "6c1f7a52-35a8-4b8e-9d43-2b1f0c9e8a11";

    @TestHTTPResource("/")
    URL gateway;

    @ParameterizedTest(name = "{0} {1} goes to {2}")
    @CsvSource({
            "GET, /api/v1/procedures?q=kosodate, procedures",
            "GET, /api/v1/procedures/42/history, procedures",
            "POST, /api/v1/procedures/import, procedures",
            "GET, /api/v1/forms, procedures",
            "GET, /api/v1/forms/" + FORM + "/qr.svg, procedures",
            "POST, /api/v1/forms/" + FORM + "/publish, procedures",
            "GET, /api/v1/departments/joho-seisaku, procedures",
            "GET, /api/v1/reports/fiscal-years/2022/progress, procedures",
            "POST, /api/v1/readings, procedures",
            "POST, /api/v1/forms/" + FORM + "/applications, applications",
            "POST, /api/v1/forms/" + FORM + "/attachments?field=scan, applications",
            "GET, /api/v1/applications/mine, applications",
            "POST, /api/v1/applications/lookup, applications",
            "GET, /api/v1/applications/" + FORM + "/attachments/1, applications",
            "GET, /api/v1/inbox?department=joho-seisaku, applications",
            "GET, /api/v1/statistics/usage.csv?fiscalYear=2022, applications",
            "GET, /api/v1/lending/devices, lending",
            "POST, /api/v1/lending/reservations/9/hand-over, lending",
            "GET, /api/v1/announcements/feed.rss, notification",
            "GET, /api/v1/notifications/inbox, notification",
            "PUT, /api/v1/notifications/preferences, notification"})
    void routes_each_path_to_the_service_that_answers_it(String method, String path, String upstream) {
        String requestId = "route-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.staff()).header("X-Request-Id", requestId).contentType("application/json")
                .body(method.equals("GET") ? "" : "{}")
                .when().request(method, path)
                .then().statusCode(200).body("upstream", equalTo(upstream));
        FakeUpstream.Received received = FakeUpstreams.upstream(upstream).receivedWithId(requestId).orElseThrow();
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.uri()).isEqualTo(path);
        assertThat(FakeUpstreams.receiverOf(requestId)).contains(upstream);
    }

    @Test
    void a_path_no_service_answers_is_a_problem_in_japanese_or_english() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/route-not-found")).body("title", equalTo("見つかりません"))
                .body("instance", equalTo("/api/v1/nothing-here"));
        given().auth().oauth2(Tokens.staff()).header("Accept-Language", "en").when().get("/api/v1/nothing-here")
                .then().statusCode(404).body("title", equalTo("Not found"));
    }

    @Test
    void a_service_silent_past_its_routes_timeout_is_a_504_problem() {
        // the test profile's route "slow" waits 1 s
        given().auth().oauth2(Tokens.staff()).contentType("application/json").body("{}")
                .when().post("/api/v1/procedures/never-answers")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", endsWith("/upstream-timeout")).body("title", equalTo("応答がありません"));
    }

    @Test
    void a_path_with_dot_segments_is_refused_before_any_route_is_chosen() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/v1/procedures/../lending/devices HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("malformed-path");
        }
    }

    @Test
    void a_large_upload_reaches_the_service_while_the_caller_is_still_sending() throws Exception {
        String requestId = "upload-" + UUID.randomUUID();
        byte[] mebibyte = new byte[1 << 20];
        HttpURLConnection connection = (HttpURLConnection) new URL(gateway,
                "/api/v1/forms/" + FORM + "/attachments?field=scan").openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(64 * 1024);
        connection.setRequestProperty("Content-Type", "application/pdf");
        connection.setRequestProperty("X-Request-Id", requestId);
        FakeUpstream applications = FakeUpstreams.upstream("applications");
        try (OutputStream body = connection.getOutputStream()) {
            body.write(mebibyte);
            body.flush();
            // the second half is not sent until the service holds the first: a gateway that buffered whole bodies
            // would never pass this wait
            await().atMost(Duration.ofSeconds(20)).until(() -> applications.bytesArrived(requestId) >= (1 << 19));
            assertThat(applications.receivedWithId(requestId)).isEmpty();
            body.write(mebibyte);
        }
        assertThat(connection.getResponseCode()).isEqualTo(200);
        assertThat(new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("\"bytes\":" + (2 << 20));
        assertThat(applications.receivedWithId(requestId).orElseThrow().bodyBytes()).isEqualTo(2 << 20);
    }

    @Test
    void server_sent_events_pass_one_by_one() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(gateway, "/api/v1/notifications/inbox/stream")
                .openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + Tokens.staff());
        connection.setRequestProperty("Accept", "text/event-stream");
        connection.setReadTimeout(15_000);
        assertThat(connection.getResponseCode()).isEqualTo(200);
        assertThat(connection.getContentType()).startsWith("text/event-stream");
        try (BufferedReader events = new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            // the service sends its second event only after the caller has read the first
            assertThat(events.readLine()).isEqualTo("data: one");
            FakeUpstreams.upstream("notification").releaseSecondEvent();
            assertThat(events.readLine()).isEmpty();
            assertThat(events.readLine()).isEqualTo("data: two");
        }
    }

    @Test
    void the_answer_keeps_the_gateways_request_id_and_loses_the_services_cors_headers() {
        given().auth().oauth2(Tokens.staff()).header("X-Request-Id", "kept-id-1")
                .when().get("/api/v1/lending/devices")
                .then().statusCode(200).header("X-Request-Id", equalTo("kept-id-1"))
                .header("Access-Control-Allow-Origin", (String) null);
    }

    @Test
    void every_services_openapi_document_is_listed_at_the_gateway() {
        for (String name : FakeUpstreams.NAMES) {
            given().when().get("/openapi/" + name)
                    .then().statusCode(200).body("info.title", equalTo(name + " document"));
        }
        assertThat(FakeUpstreams.upstream("lending").received())
                .anySatisfy(r -> assertThat(r.uri()).isEqualTo("/q/openapi?format=json"));
        given().when().get("/openapi/nothing").then().statusCode(404);
        given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200).body(containsString("/openapi/procedures"))
                .body(containsString("/openapi/notification"));
    }

    @Test
    void the_health_page_reports_each_service() {
        given().when().get("/q/health/group/upstreams")
                .then().statusCode(200)
                .body("checks[0].data.procedures", equalTo("UP"))
                .body("checks[0].data.applications", equalTo("UP"))
                .body("checks[0].data.notification", equalTo("UP"))
                .body("checks[0].data.'procedures.circuit'", equalTo("CLOSED"));
    }
}
