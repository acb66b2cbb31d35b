package org.madoguchi.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.madoguchi.contracts.Topics;
import org.madoguchi.devstack.KafkaBroker;
import org.madoguchi.devstack.PostgresServer;

/**
 * The devstack's real PostgreSQL server and Kafka broker for one benchmark run, on free ports and fresh directories
 * under the module's {@code target/}. PostgreSQL is durable by default (fsync and synchronous commit on, as the
 * user's stack and a production server run it), so that commits cost what they cost; {@code ephemeral} is the
 * tests' tuning (fsync off). Kafka runs as a child process of this JVM with the suite's topics, as in the tests.
 */
public final class BenchmarkStack implements AutoCloseable {

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final String durability;

    private BenchmarkStack(PostgresServer postgres, KafkaBroker kafka, String durability) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.durability = durability;
    }

    /**
     * Starts both.
     *
     * @param workDirectory emptied first; holds the PostgreSQL data, the Kafka log and their log files
     * @param durability    {@code durable} or {@code ephemeral}
     */
    public static BenchmarkStack start(Path workDirectory, String durability) {
        deleteRecursively(workDirectory);
        PostgresServer postgres = switch (durability.toLowerCase(Locale.ROOT)) {
            case "durable" -> PostgresServer.durable(workDirectory.resolve("postgres"), freePort(),
                    workDirectory.resolve("postgres.log"));
            case "ephemeral" -> PostgresServer.ephemeral();
            default -> throw new IllegalArgumentException("bench.postgres is durable or ephemeral: " + durability);
        };
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "bench-postgres-stop"));
        KafkaBroker kafka = new KafkaBroker(workDirectory.resolve("kafka"), 0, 0);
        kafka.start(Duration.ofSeconds(90));
        kafka.createTopics(Topics.all(), 3);
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "bench-kafka-stop"));
        return new BenchmarkStack(postgres, kafka, durability);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /**
     * The PostgreSQL server's main process (pg_ctl starts it detached, so it is no descendant of this JVM): the
     * {@code postgres} program whose arguments name this server's port. {@code null} where it cannot be seen.
     */
    public ProcessHandle postmaster() {
        String port = Integer.toString(postgres.port());
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(port)).orElse(false))
                .findFirst().orElse(null);
    }

    /** How the server commits, as it reports it: {@code fsync=on, synchronous_commit=on, …}. */
    public String postgresDurability() {
        return String.format(Locale.ROOT, "%s (fsync=%s, synchronous_commit=%s, full_page_writes=%s)", durability,
                postgres.setting("fsync"), postgres.setting("synchronous_commit"),
                postgres.setting("full_page_writes"));
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.close();
    }

    /** A port free on this machine at the time of the call. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + directory, e);
        }
    }
}
