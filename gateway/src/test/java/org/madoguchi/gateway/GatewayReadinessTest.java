package org.madoguchi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway starts, is ready, has migrated its own database, and describes its API. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class GatewayReadinessTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void is_ready() {
        given().when().get("/q/health/ready").then().log().ifValidationFails().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void has_migrated_its_own_database_with_the_rate_limit_buckets() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_database(), to_regclass('rate_limit_bucket') is not null")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("gateway");
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    @Test
    void publishes_its_openapi_document() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Madoguchi gateway"));
    }
}
