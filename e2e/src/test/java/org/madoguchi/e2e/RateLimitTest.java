package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.madoguchi.e2e.SampleUsers.OTHER_CITIZEN;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import org.junit.jupiter.api.Test;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.RunningSuite;

import io.restassured.response.Response;

/**
 * Rate limits per user, on a second gateway in front of the same services whose configuration (through its
 * environment) allows {@value RunningSuite#LIMITED_REQUESTS} requests an hour per token subject, with its buckets in
 * its own database: past them it answers 429 with Retry-After, while the other users and the front door go on.
 */
@EndToEnd(logs = {RunningSuite.LIMITED_GATEWAY})
class RateLimitTest {

    private final RunningSuite suite;
    private final Gateway limited;
    private final Gateway frontDoor;

    RateLimitTest(RunningSuite suite) {
        this.suite = suite;
        this.limited = new Gateway(suite, suite.limitedGatewayUrl());
        this.frontDoor = new Gateway(suite);
    }

    @Test
    void a_user_past_the_limit_gets_429_with_retry_after_while_other_users_go_on() {
        for (int i = 0; i < RunningSuite.LIMITED_REQUESTS; i++) {
            limited.as(OTHER_CITIZEN).get("/api/v1/departments").then().statusCode(200);
        }

        Response refused = limited.as(OTHER_CITIZEN).get("/api/v1/departments").then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://madoguchi.org/problems/rate-limit-exceeded"))
                .body("status", equalTo(429))
                .body("title", equalTo("リクエストが多すぎます"))
                .extract().response();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // one request an hour refills: the next one is due within 12 minutes
        assertThat(retryAfter).isBetween(1L, 12 * 60L);
        assertThat(refused.<String>path("detail")).isEqualTo("短い時間に多くのリクエストがありました。" + retryAfter
                + "秒後にもう一度お試しください。");
        limited.as(OTHER_CITIZEN).header("Accept-Language", "en").get("/api/v1/procedures").then().statusCode(429)
                .body("title", equalTo("Too many requests"));

        limited.as(STAFF).get("/api/v1/departments").then().statusCode(200);
        frontDoor.as(OTHER_CITIZEN).get("/api/v1/departments").then().statusCode(200);
    }
}
