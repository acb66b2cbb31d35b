package org.madoguchi.testing;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service with a database shows once it runs on the real parts: ready with its
 * database and Kafka up, its own database migrated including the event outbox and inbox, its
 * outbox backlog in the metrics and in the health group {@code outbox}, and its OpenAPI document published. A service's {@code @QuarkusTest} extends it with the
 * {@link PostgresResource} (its database name) and the {@link KafkaResource}.
 */
public abstract class ServiceReadinessChecks {

    /** The name of the service's own database. */
    protected abstract String database();

    @Test
    void is_ready_when_its_database_and_kafka_are_up() {
        given().when().get("/q/health/ready")
                .then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void has_migrated_its_own_database_including_the_event_outbox() throws Exception {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_database(), to_regclass('event_outbox') is not null, "
                     + "to_regclass('processed_event') is not null")) {
            assertTrue(rs.next());
            assertEquals(database(), rs.getString(1));
            assertTrue(rs.getBoolean(2), "event_outbox exists");
            assertTrue(rs.getBoolean(3), "processed_event exists");
        }
    }

    @Test
    void exposes_its_outbox_backlog_to_operations() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("madoguchi_outbox_pending"))
                .body(org.hamcrest.Matchers.containsString("madoguchi_outbox_oldest_pending_seconds"));
    }

    @Test
    void reports_its_outbox_backlog_in_a_health_group_of_its_own_for_the_gateway() {
        given().when().get("/q/health/group/outbox")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.pending", org.hamcrest.Matchers.greaterThanOrEqualTo(0))
                .body("checks.find { it.name == 'outbox' }.data.oldestPendingSeconds",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        // not part of readiness: a backlog (the broker out of reach) does not take the service out of service
        given().when().get("/q/health/ready")
                .then().body("checks.name", org.hamcrest.Matchers.not(hasItems("outbox")));
    }

    @Test
    void publishes_its_openapi_document() {
        String name = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Madoguchi " + name));
    }
}
