package org.madoguchi.procedures;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.madoguchi.devstack.test.KafkaResource;
import org.madoguchi.devstack.test.PostgresResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The service starts on the real parts: its database migrated, Kafka reachable, ready. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ServiceReadinessTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void is_ready_when_its_database_and_kafka_are_up() {
        given().when().get("/q/health/ready")
                .then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void has_migrated_its_own_database_including_the_event_outbox() throws Exception {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_database(), to_regclass('event_outbox') is not null, "
                     + "to_regclass('processed_event') is not null")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("procedures");
            assertThat(rs.getBoolean(2)).isTrue();
            assertThat(rs.getBoolean(3)).isTrue();
        }
    }

    @Test
    void publishes_its_openapi_document() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Madoguchi procedures-service"));
    }
}
