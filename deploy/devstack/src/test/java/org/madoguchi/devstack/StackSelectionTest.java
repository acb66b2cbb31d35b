package org.madoguchi.devstack;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * {@code -Dmadoguchi.stack}: which parts run, that the containers are the embedded parts' versions, and the
 * configuration the services are handed from whichever parts run. (The containers themselves are started in
 * {@link ContainerPartsTest}, where a Docker engine runs.)
 */
class StackSelectionTest {

    private static final Path PROJECT = Path.of("../..");

    @Test
    void the_embedded_parts_are_the_default_and_containers_are_chosen_by_name_in_any_case() {
        assertThat(StackKind.parse(null)).isEqualTo(StackKind.EMBEDDED);
        assertThat(StackKind.parse("  ")).isEqualTo(StackKind.EMBEDDED);
        assertThat(StackKind.parse("embedded")).isEqualTo(StackKind.EMBEDDED);
        assertThat(StackKind.parse("containers")).isEqualTo(StackKind.CONTAINERS);
        assertThat(StackKind.parse(" Containers ")).isEqualTo(StackKind.CONTAINERS);
        assertThat(StackKind.CONTAINERS.value()).isEqualTo("containers");
    }

    @Test
    void an_unknown_stack_is_refused_with_the_values_it_takes() {
        assertThatThrownBy(() -> StackKind.parse("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dmadoguchi.stack takes embedded or containers, not 'docker'");
    }

    @Test
    void the_system_property_chooses_and_its_absence_means_embedded() {
        String before = System.getProperty(StackKind.PROPERTY);
        try {
            System.clearProperty(StackKind.PROPERTY);
            assertThat(StackKind.selected()).isEqualTo(StackKind.EMBEDDED);
            System.setProperty(StackKind.PROPERTY, "containers");
            assertThat(StackKind.selected()).isEqualTo(StackKind.CONTAINERS);
        } finally {
            if (before == null) {
                System.clearProperty(StackKind.PROPERTY);
            } else {
                System.setProperty(StackKind.PROPERTY, before);
            }
        }
    }

    @Test
    void asking_for_containers_without_a_docker_engine_says_so_and_how_to_go_on_instead_of_running_something_else() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine runs here");
        assertThatThrownBy(ContainerParts::requireEngine)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("-Dmadoguchi.stack=containers needs a Docker engine, and none answers here")
                .hasMessageContaining("leave -Dmadoguchi.stack out for the embedded parts");
    }

    @Test
    void the_images_are_the_versions_of_the_embedded_parts_and_of_the_compose_file() throws IOException {
        ContainerImages images = ContainerImages.ofThisBuild();
        // the Kafka broker this JVM embeds, and the images Compose runs
        assertThat(images.kafka()).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
        List<String> compose = composeImages();
        assertThat(compose).contains(images.kafka(), images.keycloak(), images.greenMail());
        assertThat(images.keycloak()).endsWith(":26.5.6");
        assertThat(images.greenMail()).isEqualTo("greenmail/standalone:2.1.5");
        // Compose names the major release (postgres:17), the containers the embedded minor release (17.5)
        String postgresMajor = images.postgres().substring(0, images.postgres().indexOf('.'));
        assertThat(compose).contains(postgresMajor);
        try (PostgresServer embedded = PostgresServer.ephemeral()) {
            assertThat(images.postgres()).isEqualTo("postgres:" + embedded.setting("server_version"));
        }
    }

    @Test
    void a_binaries_version_becomes_the_official_image_of_its_minor_release() {
        ContainerImages images = ContainerImages.of("17.5.0", "4.1.2", "26.5.6", "2.1.5");
        assertThat(images).isEqualTo(new ContainerImages("postgres:17.5", "apache/kafka:4.1.2",
                "quay.io/keycloak/keycloak:26.5.6", "greenmail/standalone:2.1.5"));
        assertThatThrownBy(() -> ContainerImages.of("17", "4.1.2", "26.5.6", "2.1.5"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_service_is_handed_the_addresses_docker_mapped_in_variables_it_reads() throws IOException {
        Database db = new Parts.Db("jdbc:postgresql://localhost:32771/");
        Broker broker = new Parts.Kafka("localhost:32772");
        IdentityProvider idp = new Parts.Keycloak("http://localhost:32773");
        MailRelay mail = new Parts.Mail("localhost", 32774);

        Map<String, String> env = ServiceEnvironment.of(8082, "applications", db, broker, idp, "madoguchi", mail);

        assertThat(env).containsExactly(
                Map.entry("QUARKUS_HTTP_PORT", "8082"),
                Map.entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "localhost:32772"),
                Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:32773/realms/madoguchi"),
                Map.entry("QUARKUS_MAILER_HOST", "localhost"),
                Map.entry("QUARKUS_MAILER_PORT", "32774"),
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:32771/applications"),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", "secret"));
        assertThat(ServiceEnvironment.of(8080, null, db, broker, idp, "madoguchi", mail))
                .doesNotContainKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME");

        // every variable is one a service reads: its application.properties sets the key (QUARKUS_HTTP_HOST and
        // the mailer's are read by Quarkus itself; the notification-service configures the mailer)
        for (String service : List.of("procedures-service", "applications-service", "device-lending-service",
                "notification-service")) {
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(PROJECT.resolve(service + "/src/main/resources/application.properties"))) {
                properties.load(in);
            }
            Map.of("QUARKUS_HTTP_PORT", "quarkus.http.port", "KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers",
                    "QUARKUS_OIDC_AUTH_SERVER_URL", "quarkus.oidc.auth-server-url",
                    "QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url",
                    "QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username",
                    "QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password").forEach((variable, key) -> {
                assertThat(env).containsKey(variable);
                assertThat(properties.stringPropertyNames()).as(service + " reads " + variable).contains(key);
            });
        }
        Properties notification = new Properties();
        try (var in = Files.newBufferedReader(PROJECT.resolve("notification-service/src/main/resources/application.properties"))) {
            notification.load(in);
        }
        assertThat(notification.stringPropertyNames()).contains("quarkus.mailer.host", "quarkus.mailer.port");
    }

    private static List<String> composeImages() throws IOException {
        Matcher image = Pattern.compile("(?m)^\\s+image:\\s*(\\S+)\\s*$")
                .matcher(Files.readString(PROJECT.resolve("deploy/compose/compose.yaml")));
        List<String> images = new ArrayList<>();
        while (image.find()) {
            images.add(image.group(1));
        }
        return images;
    }

    /** Parts at the addresses Docker might map, for the configuration alone. */
    private static final class Parts {

        record Db(String base) implements Database {
            @Override
            public String jdbcUrl(String database) {
                return base + database;
            }

            @Override
            public String username() {
                return "postgres";
            }

            @Override
            public String password() {
                return "secret";
            }

            @Override
            public boolean createDatabaseIfMissing(String database) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        }

        record Kafka(String bootstrapServers) implements Broker {
            @Override
            public void createTopics(Collection<String> topics, int partitions) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        }

        record Keycloak(String base) implements IdentityProvider {
            @Override
            public String issuer(String realm) {
                return base + "/realms/" + realm;
            }

            @Override
            public void close() {
            }
        }

        record Mail(String smtpHost, int smtpPort) implements MailRelay {
            @Override
            public String apiUrl() {
                return "http://" + smtpHost + ":32775";
            }

            @Override
            public void close() {
            }
        }
    }
}
