package org.madoguchi.testing;

import org.madoguchi.contracts.Topics;
import org.madoguchi.devstack.Broker;
import org.madoguchi.devstack.ContainerParts;
import org.madoguchi.devstack.Database;
import org.madoguchi.devstack.InProcessKafkaBroker;
import org.madoguchi.devstack.PostgresServer;
import org.madoguchi.devstack.StackKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The real PostgreSQL server and Kafka broker that tests of one JVM share: started on first
 * use, stopped when the JVM exits. Dev Services stay off; these are the same parts the user's
 * stack runs, on free ports and throw-away directories: the embedded ones by default (the broker inside the test JVM,
 * the devstack's and the end-to-end tests' being a process of its own), containers of the same
 * versions with {@code -Dmadoguchi.stack=containers} where a Docker engine runs ({@link StackKind}).
 */
public final class SharedInfrastructure {

    /** Partitions of every topic in tests. */
    static final int PARTITIONS = 3;

    private static Database postgres;
    private static Broker kafka;
    private static Path kafkaDirectory;
    private static ContainerParts containers;

    private SharedInfrastructure() {
    }

    /** The parts this JVM's tests run, from {@code -Dmadoguchi.stack}. */
    public static StackKind kind() {
        return StackKind.selected();
    }

    /** The shared PostgreSQL server, started on first call. */
    public static synchronized Database postgres() {
        if (postgres == null) {
            postgres = select(PostgresServer::ephemeral, () -> containers().postgres(false));
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "test-postgres-stop"));
        }
        return postgres;
    }

    /** The shared Kafka broker with the suite's topics, started on first call. */
    public static synchronized Broker kafka() {
        if (kafka == null) {
            Broker broker = select(SharedInfrastructure::embeddedKafka, () -> containers().kafka());
            broker.createTopics(Topics.all(), PARTITIONS);
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stopKafka, "test-kafka-stop"));
        }
        return kafka;
    }

    private static <T> T select(Supplier<T> embedded, Supplier<T> container) {
        return kind() == StackKind.CONTAINERS ? container.get() : embedded.get();
    }

    private static synchronized ContainerParts containers() {
        if (containers == null) {
            containers = ContainerParts.requireEngine();
        }
        return containers;
    }

    /** In this JVM: the services' tests never kill it, and a second JVM would only cost its start on every run. */
    private static InProcessKafkaBroker embeddedKafka() {
        try {
            kafkaDirectory = Files.createTempDirectory("madoguchi-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InProcessKafkaBroker broker = new InProcessKafkaBroker(kafkaDirectory, 0, 0);
        broker.start(Duration.ofSeconds(60));
        return broker;
    }

    private static synchronized void stopKafka() {
        kafka.close();
        if (kafkaDirectory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(kafkaDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
