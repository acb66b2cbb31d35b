package org.madoguchi.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.madoguchi.contracts.Topics;
import org.testcontainers.DockerClientFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts as containers, started for real where a Docker engine runs (skipped elsewhere: these machines have
 * none, which {@link StackSelectionTest} checks is said clearly).
 */
@EnabledIf("engineRuns")
class ContainerPartsTest {

    private static ContainerParts parts;
    private static Database postgres;
    private static Broker kafka;
    private static IdentityProvider keycloak;
    private static MailRelay mail;

    static boolean engineRuns() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @BeforeAll
    static void start() {
        parts = ContainerParts.requireEngine();
        postgres = parts.postgres(false);
        kafka = parts.kafka();
        keycloak = parts.keycloak(Path.of("../keycloak/madoguchi-realm.json"));
        mail = parts.greenMail();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable part : new AutoCloseable[]{mail, keycloak, kafka, postgres}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception ignored) {
                // the reaper removes what is left
            }
        }
    }

    @Test
    void postgresql_is_the_embedded_release_and_makes_a_service_database_once() throws Exception {
        assertThat(postgres.createDatabaseIfMissing("applications")).isTrue();
        assertThat(postgres.createDatabaseIfMissing("applications")).isFalse();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("applications"), postgres.username(),
                postgres.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('server_version')")) {
            rs.next();
            assertThat("postgres:" + rs.getString(1)).isEqualTo(parts.images().postgres());
        }
    }

    @Test
    void kafka_takes_the_suites_topics_with_their_partitions() throws Exception {
        kafka.createTopics(Topics.all(), 6);
        try (Admin admin = TopicAdmin.admin(kafka.bootstrapServers())) {
            var topics = admin.describeTopics(Topics.all()).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics).hasSize(Topics.all().size());
            topics.values().forEach(t -> assertThat(t.partitions()).hasSize(6));
        }
    }

    @Test
    void keycloak_serves_the_imported_realm_at_the_issuer_the_services_are_given() throws Exception {
        String issuer = keycloak.issuer("madoguchi");
        HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(issuer + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"issuer\":\"" + issuer + "\"");
    }

    @Test
    void greenmail_answers_on_its_smtp_and_api_ports() throws Exception {
        try (var socket = new java.net.Socket(mail.smtpHost(), mail.smtpPort())) {
            byte[] greeting = new byte[3];
            assertThat(socket.getInputStream().readNBytes(greeting, 0, 3)).isEqualTo(3);
            assertThat(new String(greeting)).isEqualTo("220");
        }
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(mail.apiUrl() + "/api/service/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
    }
}
