package org.madoguchi.devstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of the local stack are real servers that keep their data across a restart. */
class RealPartsTest {

    @Test
    void a_durable_postgres_keeps_its_data_and_fsync_across_a_restart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        Path log = dir.resolve("pg.log");
        try (PostgresServer first = PostgresServer.durable(data, 0, log)) {
            assertThat(first.setting("fsync")).isEqualTo("on");
            assertThat(first.setting("synchronous_commit")).isEqualTo("on");
            assertThat(first.createDatabaseIfMissing("procedures")).isTrue();
            exec(first, "procedures", "create table marker(name text); insert into marker values ('窓口')");
        }
        try (PostgresServer second = PostgresServer.durable(data, 0, log)) {
            assertThat(second.createDatabaseIfMissing("procedures")).isFalse();
            try (Connection c = DriverManager.getConnection(second.jdbcUrl("procedures"), PostgresServer.USER, PostgresServer.PASSWORD);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select name from marker")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("窓口");
            }
        }
    }

    @Test
    void a_test_postgres_trades_durability_for_speed() {
        try (PostgresServer server = PostgresServer.ephemeral()) {
            assertThat(server.setting("fsync")).isEqualTo("off");
            assertThat(server.setting("server_encoding")).isEqualTo("UTF8");
        }
    }

    @Test
    void a_test_postgres_in_a_given_directory_logs_to_its_file_and_leaves_no_data_behind(@TempDir Path dir) {
        Path data = dir.resolve("state/postgres");
        Path log = dir.resolve("logs/postgres.log");
        try (PostgresServer server = PostgresServer.ephemeral(data, log)) {
            assertThat(server.setting("fsync")).isEqualTo("off");
            assertThat(data.resolve("PG_VERSION")).isRegularFile();
            assertThat(server.createDatabaseIfMissing("gateway")).isTrue();
        }
        assertThat(log).isNotEmptyFile();
        assertThat(data).doesNotExist();
    }

    @Test
    void a_test_postgres_shut_down_for_a_restart_ends_every_session_and_starts_again_with_its_data(@TempDir Path dir)
            throws Exception {
        try (PostgresServer server = PostgresServer.ephemeral(dir.resolve("pg"), dir.resolve("pg.log"))) {
            server.createDatabaseIfMissing("applications");
            exec(server, "applications", "create table receipt(number text); insert into receipt values ('R7-000001')");
            try (Connection open = DriverManager.getConnection(server.jdbcUrl("applications"), PostgresServer.USER,
                    PostgresServer.PASSWORD)) {
                server.shutDown();

                assertThatThrownBy(() -> open.createStatement().executeQuery("select 1"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("applications"),
                        PostgresServer.USER, PostgresServer.PASSWORD)).isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).asString().startsWith("08");
            }

            server.startAgain(Duration.ofSeconds(60));

            try (Connection c = DriverManager.getConnection(server.jdbcUrl("applications"), PostgresServer.USER,
                    PostgresServer.PASSWORD);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select number from receipt")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("R7-000001");
            }
            assertThat(server.setting("fsync")).isEqualTo("off");
        }
        assertThat(dir.resolve("pg")).doesNotExist();
    }

    @Test
    void a_free_port_is_free_to_bind_on_loopback() {
        int port = ChildProcess.freePort();
        assertThat(port).isBetween(1024, 65535);
        ChildProcess.requirePortFree(port, "test");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a process of its own", "in this JVM"})
    void the_kafka_broker_keeps_topics_and_records_across_a_restart(String where, @TempDir Path dir) {
        RestartableBroker broker = where.equals("in this JVM") ? new InProcessKafkaBroker(dir.resolve("kafka"), 0, 0)
                : new KafkaBroker(dir.resolve("kafka"), 0, 0);
        try {
            broker.start(Duration.ofSeconds(60));
            broker.createTopics(List.of("lending.events"), 3);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("lending.events", "device-001", "貸出")).get();
            }
            broker.stop();
            assertThat(broker.isRunning()).isFalse();

            broker.start(Duration.ofSeconds(60));

            assertThat(readAll(broker, "lending.events", 1)).containsExactly("貸出");
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            broker.stop();
        }
    }

    @Test
    void the_kafka_broker_runs_as_a_process_of_its_own_and_killed_with_sigkill_starts_again_with_its_records(
            @TempDir Path dir) throws Exception {
        KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), 0, 0);
        try {
            broker.start(Duration.ofSeconds(60));
            assertThat(ProcessHandle.current().children().map(child -> child.info().commandLine().orElse(""))
                    .filter(line -> line.contains(KafkaBrokerProcess.class.getName())).count()).isEqualTo(1);
            broker.createTopics(List.of("applications.events"), 3);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("applications.events", "R7-000001", "受付")).get();
            }

            // 128 + 9: the process ended on SIGKILL, with no controlled shutdown
            assertThat(broker.kill()).isEqualTo(137);
            assertThat(broker.isRunning()).isFalse();
            assertThat(broker.logFile()).isNotEmptyFile();

            broker.start(Duration.ofSeconds(60));

            assertThat(readAll(broker, "applications.events", 1)).containsExactly("受付");
        } finally {
            broker.stop();
        }
    }

    private static List<String> readAll(Broker broker, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "real-parts-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }

    private static void exec(PostgresServer server, String db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(db), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
