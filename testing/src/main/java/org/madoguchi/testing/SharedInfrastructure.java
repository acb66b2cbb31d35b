package org.madoguchi.testing;

import org.madoguchi.contracts.Topics;
import org.madoguchi.devstack.KafkaBroker;
import org.madoguchi.devstack.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real PostgreSQL server and Kafka broker that tests of one JVM share: started on first
 * use, stopped when the JVM exits. Dev Services stay off; these are the same parts the user's
 * stack runs, on free ports and throw-away directories.
 */
public final class SharedInfrastructure {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static Path kafkaDirectory;

    private SharedInfrastructure() {
    }

    /** The shared PostgreSQL server, started on first call. */
    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.ephemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "test-postgres-stop"));
        }
        return postgres;
    }

    /** The shared Kafka broker with the suite's topics, started on first call. */
    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            try {
                kafkaDirectory = Files.createTempDirectory("madoguchi-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            KafkaBroker broker = new KafkaBroker(kafkaDirectory, 0, 0);
            broker.start(Duration.ofSeconds(60));
            broker.createTopics(Topics.all(), 3);
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stopKafka, "test-kafka-stop"));
        }
        return kafka;
    }

    private static synchronized void stopKafka() {
        kafka.stop();
        try (Stream<Path> files = Files.walk(kafkaDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
