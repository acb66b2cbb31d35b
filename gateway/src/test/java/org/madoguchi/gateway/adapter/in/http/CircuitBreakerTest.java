package org.madoguchi.gateway.adapter.in.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

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

/** A dead service gives a 503 problem while the others answer; its circuit opens, and closes when it is back. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class CircuitBreakerTest {

    private static String circuitOfLending() {
        return given().when().get("/q/health/group/upstreams").then().extract().path("checks[0].data.'lending.circuit'");
    }

    @Test
    void a_dead_service_is_a_503_problem_until_it_is_back_and_the_others_answer_meanwhile() {
        FakeUpstream lending = FakeUpstreams.upstream("lending");
        lending.stop();
        try {
            given().auth().oauth2(Tokens.staff()).when().get("/api/v1/lending/devices")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", endsWith("/upstream-unavailable"))
                    .body("title", equalTo("ただいまご利用いただけません"))
                    .body("detail", equalTo("サービス「lending」が一時的に利用できません。しばらく時間をおいてからもう一度お試しください。"
                            + "ほかのサービスは引き続きご利用いただけます。"));
            given().auth().oauth2(Tokens.staff()).header("Accept-Language", "en").contentType("application/json")
                    .body("{}").when().post("/api/v1/lending/reservations")
                    .then().statusCode(503).body("title", equalTo("Service unavailable"));
            given().when().get("/api/v1/procedures").then().statusCode(200).body("upstream", equalTo("procedures"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                given().auth().oauth2(Tokens.staff()).when().get("/api/v1/lending/devices").then().statusCode(503);
                assertThat(circuitOfLending()).isEqualTo("OPEN");
            });
            given().when().get("/q/health/group/upstreams").then().statusCode(503)
                    .body("checks[0].data.lending", equalTo("DOWN"))
                    .body("checks[0].data.procedures", equalTo("UP"));
        } finally {
            lending.restart();
        }
        int before = lending.received().size();
        // open: the gateway does not even try the service until the circuit's delay has passed
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/lending/devices").then().statusCode(503);
        assertThat(lending.received()).hasSize(before);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/lending/devices").then().statusCode(200).body("upstream", equalTo("lending")));
        assertThat(circuitOfLending()).isEqualTo("CLOSED");
    }
}
