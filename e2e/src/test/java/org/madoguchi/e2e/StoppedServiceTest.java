package org.madoguchi.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.CITIZEN;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.PackagedService;
import org.madoguchi.e2e.suite.RunningSuite;

import io.restassured.RestAssured;

/**
 * A stopped service: the gateway answers its paths with a fast 503 problem while the other services go on
 * answering, reports it down on its health page, and serves it again once it is back, without a restart of its own.
 * Runs last (its process is stopped and started again).
 */
@EndToEnd(logs = {RunningSuite.LENDING})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE)
class StoppedServiceTest {

    private final RunningSuite suite;
    private final Gateway gateway;
    private final PackagedService lending;

    StoppedServiceTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
        this.lending = suite.service(RunningSuite.LENDING);
    }

    @Test
    void a_stopped_service_is_a_503_problem_while_the_others_answer_and_is_served_again_once_it_is_back() {
        gateway.as(STAFF).get("/api/v1/lending/sites").then().statusCode(200);

        lending.stop();

        gateway.as(STAFF).get("/api/v1/lending/sites").then().statusCode(503)
                .header("Retry-After", "5")
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://madoguchi.org/problems/upstream-unavailable"))
                .body("title", equalTo("ただいまご利用いただけません"));
        gateway.anonymous().get("/api/v1/departments/joho-seisaku").then().statusCode(200)
                .body("name", equalTo("情報政策課"));
        gateway.as(CITIZEN).get("/api/v1/applications/mine").then().statusCode(200);
        gateway.as(CITIZEN).get("/api/v1/notifications/inbox").then().statusCode(200);
        RestAssured.given().baseUri(suite.gatewayUrl()).get("/q/health/group/upstreams").then()
                .body("checks.find { it.name == 'upstreams' }.data.lending", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.procedures", equalTo("UP"));
        RestAssured.given().baseUri(suite.gatewayUrl()).get("/q/health/ready").then().statusCode(200);

        lending.restart();

        eventually().untilAsserted(() -> gateway.as(STAFF).get("/api/v1/lending/sites").then().statusCode(200)
                .body("size()", equalTo(11)));
    }

    @AfterAll
    void the_service_runs_again_whatever_happened() {
        if (!lending.isRunning()) {
            lending.restart();
        }
    }
}
