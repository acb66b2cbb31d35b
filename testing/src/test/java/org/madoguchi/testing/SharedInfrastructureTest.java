package org.madoguchi.testing;

import org.junit.jupiter.api.Test;
import org.madoguchi.devstack.StackKind;
import org.testcontainers.DockerClientFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Which parts the test resources hand the services: the build's {@code madoguchi.stack}, embedded by default. */
class SharedInfrastructureTest {

    @Test
    void the_build_hands_the_tests_its_stack_which_is_embedded_unless_asked() {
        // surefire passes the build's madoguchi.stack (pom.xml: embedded; -Dmadoguchi.stack=containers overrides it)
        assertThat(System.getProperty(StackKind.PROPERTY)).isIn("embedded", "containers");
        if ("embedded".equals(System.getProperty(StackKind.PROPERTY))) {
            assertThat(SharedInfrastructure.kind()).isEqualTo(StackKind.EMBEDDED);
        }
    }

    @Test
    void the_postgres_resource_hands_a_service_its_own_database_on_the_shared_server() throws Exception {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of("database", "selection_check"));
        Map<String, String> config = resource.start();

        assertThat(config).containsOnlyKeys("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password");
        assertThat(config.get("quarkus.datasource.jdbc.url")).matches("jdbc:postgresql://[^/]+:\\d+/selection_check");
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("selection_check");
        }
    }

    @Test
    void containers_asked_for_where_no_engine_runs_fail_the_test_resource_with_the_reason() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine runs here");
        String before = System.getProperty(StackKind.PROPERTY);
        System.setProperty(StackKind.PROPERTY, "containers");
        try {
            assertThatThrownBy(() -> new KafkaResource().start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("-Dmadoguchi.stack=containers needs a Docker engine");
        } finally {
            System.setProperty(StackKind.PROPERTY, before == null ? "embedded" : before);
        }
    }
}
