package org.madoguchi.devstack;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;

/**
 * The parts as containers of the embedded parts' versions ({@link ContainerImages}), through Testcontainers, for
 * {@code -Dmadoguchi.stack=containers} on a machine with a Docker engine. They answer on the ports Docker maps, which
 * is why the services are configured from the parts ({@link ServiceEnvironment}) and never from fixed numbers.
 * Containers are removed when the JVM ends (Testcontainers' reaper), so their data is thrown away: the embedded
 * stack stays the one that keeps a city's data across restarts.
 */
public final class ContainerParts {

    static final int KEYCLOAK_HTTP = 8080;
    static final int KEYCLOAK_MANAGEMENT = 9000;
    static final int SMTP = 3025;
    static final int MAIL_API = 8080;

    private final ContainerImages images;

    private ContainerParts(ContainerImages images) {
        this.images = images;
    }

    /**
     * The parts of this build's versions, once a Docker engine answers; refuses with what to do instead when none
     * does, since the user asked for containers and silently running something else would mislead.
     */
    public static ContainerParts requireEngine() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(noEngineMessage());
        }
        return new ContainerParts(ContainerImages.ofThisBuild());
    }

    static String noEngineMessage() {
        return "-D" + StackKind.PROPERTY + "=" + StackKind.CONTAINERS.value() + " needs a Docker engine, and none"
                + " answers here (DOCKER_HOST, the Docker socket or ~/.testcontainers.properties; a docker client alone"
                + " is not enough). Start one, or leave -D" + StackKind.PROPERTY
                + " out for the embedded parts, which need no Docker.";
    }

    public ContainerImages images() {
        return images;
    }

    /** PostgreSQL, tuned like the embedded server: {@code durable} keeps fsync on (the stack), tests turn it off. */
    public Database postgres(boolean durable) {
        String flush = durable ? "on" : "off";
        PostgreSQLContainer container = new PostgreSQLContainer(images.postgres())
                .withUsername(PostgresServer.USER).withPassword(PostgresServer.PASSWORD).withDatabaseName("postgres")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=" + flush,
                        "-c", "synchronous_commit=" + flush, "-c", "full_page_writes=" + flush);
        container.start();
        return new ContainerDatabase(container);
    }

    /** A single-node KRaft broker. */
    public Broker kafka() {
        KafkaContainer container = new KafkaContainer(images.kafka())
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        return new ContainerBroker(container);
    }

    /** Keycloak in development mode with the realm file imported at start. */
    public IdentityProvider keycloak(Path realmFile) {
        if (!Files.isRegularFile(realmFile)) {
            throw new IllegalArgumentException("no realm file at " + realmFile);
        }
        GenericContainer<?> container = new GenericContainer<>(images.keycloak())
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.BOOTSTRAP_ADMIN_USERNAME)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakServer.BOOTSTRAP_ADMIN_PASSWORD)
                .withEnv("KC_HEALTH_ENABLED", "true")
                .withCopyFileToContainer(MountableFile.forHostPath(realmFile),
                        "/opt/keycloak/data/import/" + realmFile.getFileName())
                .withCommand("start-dev", "--import-realm")
                .withExposedPorts(KEYCLOAK_HTTP, KEYCLOAK_MANAGEMENT)
                .waitingFor(Wait.forHttp("/health/ready").forPort(KEYCLOAK_MANAGEMENT)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        container.start();
        return new ContainerKeycloak(container);
    }

    /** GreenMail: SMTP for notification-service and its REST API; any password, mailboxes made on first mail. */
    public MailRelay greenMail() {
        GenericContainer<?> container = new GenericContainer<>(images.greenMail())
                .withEnv("GREENMAIL_OPTS", "-Dgreenmail.setup.test.smtp -Dgreenmail.hostname=0.0.0.0"
                        + " -Dgreenmail.smtp.port=" + SMTP + " -Dgreenmail.api.port=" + MAIL_API
                        + " -Dgreenmail.auth.disabled -Dgreenmail.verbose")
                .withExposedPorts(SMTP, MAIL_API)
                .waitingFor(Wait.forHttp("/api/service/readiness").forPort(MAIL_API)
                        .withStartupTimeout(Duration.ofMinutes(1)));
        container.start();
        return new ContainerMail(container);
    }

    private record ContainerDatabase(PostgreSQLContainer container) implements Database {

        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + container.getHost() + ":"
                    + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
        }

        @Override
        public String username() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public boolean createDatabaseIfMissing(String database) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password())) {
                return DatabaseAdmin.createIfMissing(connection, database);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    private record ContainerBroker(KafkaContainer container) implements Broker {

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public void createTopics(Collection<String> topics, int partitions) {
            TopicAdmin.create(bootstrapServers(), topics, partitions);
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    private record ContainerKeycloak(GenericContainer<?> container) implements IdentityProvider {

        @Override
        public String issuer(String realm) {
            return "http://" + container.getHost() + ":" + container.getMappedPort(KEYCLOAK_HTTP) + "/realms/" + realm;
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    private record ContainerMail(GenericContainer<?> container) implements MailRelay {

        @Override
        public String smtpHost() {
            return container.getHost();
        }

        @Override
        public int smtpPort() {
            return container.getMappedPort(SMTP);
        }

        @Override
        public String apiUrl() {
            return "http://" + container.getHost() + ":" + container.getMappedPort(MAIL_API);
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
