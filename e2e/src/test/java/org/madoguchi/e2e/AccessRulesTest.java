package org.madoguchi.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.madoguchi.e2e.SampleUsers.CITIZEN;
import static org.madoguchi.e2e.SampleUsers.INFO_POLICY;
import static org.madoguchi.e2e.SampleUsers.OPS;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.RunningSuite;

/**
 * Who may pass: the public read paths need no token; every other path needs a valid Keycloak token at the door
 * (401), and the service behind it refuses a role that may not do what is asked (403).
 */
@EndToEnd(logs = {RunningSuite.PROCEDURES, RunningSuite.APPLICATIONS, RunningSuite.LENDING,
        RunningSuite.NOTIFICATION})
class AccessRulesTest {

    private final Gateway gateway;

    AccessRulesTest(RunningSuite suite) {
        this.gateway = new Gateway(suite);
    }

    @Test
    void the_public_reads_the_departments_and_the_announcement_feed_without_a_token() {
        gateway.anonymous().get("/api/v1/departments/kenko-kosodate").then().statusCode(200)
                .body("name", equalTo("健康・子育て推進課"));
        gateway.anonymous().get("/api/v1/announcements/feed").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} {1} without a token is 401")
    @CsvSource({
            "GET, /api/v1/applications/mine",
            "GET, /api/v1/inbox",
            "GET, /api/v1/notifications/inbox",
            "GET, /api/v1/lending/sites",
            "POST, /api/v1/lending/reservations",
            "POST, /api/v1/procedures",
            "GET, /api/v1/statistics/usage"})
    void a_private_path_without_a_token_is_refused_at_the_door(String method, String path) {
        gateway.anonymous().body(Map.of()).request(method, path).then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://madoguchi.org/problems/sign-in-required"));
    }

    @Test
    void a_token_keycloak_did_not_sign_is_refused_at_the_door() {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl";
        gateway.anonymous().auth().oauth2(forged).get("/api/v1/procedures").then().statusCode(401);
        gateway.anonymous().auth().oauth2(forged).get("/api/v1/applications/mine").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} may not {1} {2}")
    @CsvSource({
            CITIZEN + ", GET, /api/v1/lending/sites",
            CITIZEN + ", GET, /api/v1/inbox",
            CITIZEN + ", POST, /api/v1/procedures",
            STAFF + ", POST, /api/v1/lending/disaster-mode",
            STAFF + ", GET, /api/v1/notifications/deliveries",
            STAFF + ", POST, /api/v1/announcements",
            OPS + ", GET, /api/v1/statistics/usage?fiscalYear=R4",
            INFO_POLICY + ", PUT, /api/v1/departments/e2e-test"})
    void a_signed_in_caller_without_the_role_is_refused_by_the_service(String user, String method, String path) {
        gateway.as(user).body(Map.of()).request(method, path).then().statusCode(403);
    }

    @Test
    void the_services_answer_the_roles_that_may() {
        gateway.as(STAFF).get("/api/v1/lending/sites").then().statusCode(200).body("size()", equalTo(11));
        gateway.as(OPS).get("/api/v1/notifications/deliveries").then().statusCode(200);
        gateway.as(INFO_POLICY).queryParam("fiscalYear", "令和4年度").get("/api/v1/statistics/usage").then()
                .statusCode(200);
    }
}
