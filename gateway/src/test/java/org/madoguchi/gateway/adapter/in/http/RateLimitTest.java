package org.madoguchi.gateway.adapter.in.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.Tokens;
import org.madoguchi.gateway.adapter.out.persistence.PostgresRateLimits;
import org.madoguchi.gateway.domain.model.ClientKey;
import org.madoguchi.gateway.domain.model.RateLimit;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** A caller past its limit waits (429, Retry-After), and the limit holds across gateway instances. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class RateLimitTest {

    /** The test profile's limit for signed-in callers. */
    private static final RateLimit TWENTY_PER_HOUR = new RateLimit(20, Duration.ofHours(1));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_request_after_the_limit_is_refused_with_the_wait_in_both_languages() {
        String token = Tokens.staff();
        for (int i = 0; i < 20; i++) {
            given().auth().oauth2(token).when().get("/api/v1/lending/devices").then().statusCode(200);
        }
        String retryAfter = given().auth().oauth2(token).when().get("/api/v1/lending/devices")
                .then().statusCode(429).contentType("application/problem+json")
                .body("type", endsWith("/rate-limit-exceeded")).body("title", equalTo("リクエストが多すぎます"))
                .extract().header("Retry-After");
        // one request comes back every three minutes
        assertThat(Long.parseLong(retryAfter)).isBetween(170L, 180L);
        // the wait is worded as the header says it (a second may have passed since the first refusal)
        var english = given().auth().oauth2(token).header("Accept-Language", "en").when().get("/api/v1/procedures")
                .then().statusCode(429).body("title", equalTo("Too many requests")).extract();
        assertThat(Long.parseLong(english.header("Retry-After"))).isBetween(170L, Long.parseLong(retryAfter));
        assertThat(english.jsonPath().getString("detail")).isEqualTo(
                "There were many requests in a short time. Please try again in " + english.header("Retry-After")
                        + " seconds.");
    }

    @Test
    void another_gateway_instance_takes_from_the_same_bucket_in_postgresql() {
        String subject = UUID.randomUUID().toString();
        String token = Tokens.of(subject, "staff");
        ClientKey caller = ClientKey.of(Optional.of(subject), "192.0.2.1");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).when().get("/api/v1/procedures").then().statusCode(200);
        }
        PostgresRateLimits otherInstance = new PostgresRateLimits((javax.sql.DataSource) dataSource);
        assertThat(otherInstance.consume(caller, TWENTY_PER_HOUR).remaining()).isEqualTo(14);
        for (int i = 0; i < 14; i++) {
            assertThat(otherInstance.consume(caller, TWENTY_PER_HOUR).granted()).isTrue();
        }
        given().auth().oauth2(token).when().get("/api/v1/procedures").then().statusCode(429);
    }
}
