package org.madoguchi.gateway.adapter.in.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.FakeUpstream;
import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.Tokens;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Tokens at the door, public paths without one, and the headers that may and may not cross it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class DoorSecurityTest {

    private static String id() {
        return "door-" + UUID.randomUUID();
    }

    @Test
    void a_private_path_without_a_token_is_refused_at_the_door_and_never_reaches_the_service() {
        String requestId = id();
        given().header("X-Request-Id", requestId).when().get("/api/v1/lending/devices")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", endsWith("/sign-in-required")).body("title", equalTo("ログインが必要です"));
        given().header("Accept-Language", "en-US,en;q=0.8").when().post("/api/v1/procedures")
                .then().statusCode(401).body("title", equalTo("Sign-in required"));
        assertThat(FakeUpstreams.receiverOf(requestId)).isEmpty();
    }

    @Test
    void a_token_that_does_not_validate_is_refused() {
        given().auth().oauth2(Tokens.staff() + "x").when().get("/api/v1/lending/devices").then().statusCode(401)
                .contentType("application/problem+json").body("type", endsWith("/invalid-token"))
                .body("title", equalTo("ログインの有効期限が切れているか、無効です"))
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
        given().auth().oauth2("not-a-token").header("Accept-Language", "en").when().get("/api/v1/procedures").then()
                .statusCode(401).contentType("application/problem+json").body("title", equalTo("Sign-in no longer valid"));
    }

    @Test
    void public_reads_and_anonymous_answers_pass_without_a_token() {
        given().when().get("/api/v1/procedures?q=hoiku").then().statusCode(200).body("upstream", equalTo("procedures"));
        given().when().get("/api/v1/announcements/feed.atom").then().statusCode(200)
                .body("upstream", equalTo("notification"));
        given().contentType("application/json").body("{\"answers\":{}}")
                .when().post("/api/v1/forms/" + UUID.randomUUID() + "/applications")
                .then().statusCode(200).body("upstream", equalTo("applications"));
        given().contentType("application/json").body("{}").when().post("/api/v1/applications/lookup")
                .then().statusCode(200);
        given().contentType("application/json").body("{\"items\":[{\"text\":\"妊娠届\"}]}")
                .when().post("/api/v1/readings")
                .then().statusCode(200).body("upstream", equalTo("procedures"));
        given().when().get("/api/v1/procedures/42/history").then().statusCode(401);
    }

    @Test
    void forwards_the_callers_token_as_it_came() {
        String token = Tokens.staff();
        String requestId = id();
        given().auth().oauth2(token).header("X-Request-Id", requestId).when().get("/api/v1/lending/devices")
                .then().statusCode(200);
        FakeUpstream.Received received = FakeUpstreams.upstream("lending").receivedWithId(requestId).orElseThrow();
        assertThat(received.headers("authorization")).containsExactly("Bearer " + token);
    }

    @Test
    void forwarding_headers_come_from_the_real_connection_and_internal_headers_never_pass() {
        String requestId = id();
        given().header("X-Request-Id", requestId)
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "for=203.0.113.9;proto=https")
                .header("X-Real-IP", "203.0.113.9")
                .header("X-Madoguchi-Caller", "admin")
                .header("X-User-Roles", "ops")
                .when().get("/api/v1/departments")
                .then().statusCode(200);
        FakeUpstream.Received received = FakeUpstreams.upstream("procedures").receivedWithId(requestId).orElseThrow();
        assertThat(received.headers("x-forwarded-for")).containsExactly("127.0.0.1");
        assertThat(received.headers("x-forwarded-proto")).containsExactly("http");
        assertThat(received.header("x-forwarded-host").orElseThrow()).startsWith("localhost:");
        assertThat(received.headers()).doesNotContainKeys("forwarded", "x-real-ip", "x-madoguchi-caller",
                "x-user-roles");
    }

    @Test
    void adds_a_request_id_or_keeps_the_callers_and_continues_the_trace() {
        String marker = UUID.randomUUID().toString();
        String generated = given().when().get("/api/v1/procedures?marker=" + marker)
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        FakeUpstream.Received plain = FakeUpstreams.upstream("procedures").received().stream()
                .filter(r -> r.uri().contains(marker)).findFirst().orElseThrow();
        assertThat(plain.header("x-request-id")).contains(generated);
        assertThat(plain.header("traceparent").orElseThrow()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");

        String requestId = id();
        given().header("X-Request-Id", requestId)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .header("tracestate", "city=tottori")
                .when().get("/api/v1/procedures")
                .then().statusCode(200).header("X-Request-Id", equalTo(requestId));
        FakeUpstream.Received traced = FakeUpstreams.upstream("procedures").receivedWithId(requestId).orElseThrow();
        assertThat(traced.header("traceparent").orElseThrow())
                .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .doesNotContain("00f067aa0ba902b7");
        assertThat(traced.header("tracestate")).contains("city=tottori");

        given().header("X-Request-Id", "two words").when().get("/api/v1/procedures")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void answers_cors_preflights_for_the_configured_origins_only() {
        given().header("Origin", "https://portal.example.city")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/lending/reservations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://portal.example.city"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/lending/reservations")
                .then().header("Access-Control-Allow-Origin", (String) null);
        given().header("Origin", "https://portal.example.city").when().get("/api/v1/procedures")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://portal.example.city"));
    }
}
