package org.madoguchi.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The gateway starts, is ready, and describes its API. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class GatewayReadinessTest {

    @Test
    void is_ready() {
        given().when().get("/q/health/ready").then().log().ifValidationFails().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishes_its_openapi_document() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Madoguchi gateway"));
    }
}
