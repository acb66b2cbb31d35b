package org.madoguchi.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The main class of the child JVM a {@link KafkaBroker} starts: formats the KRaft storage on first use, then runs
 * Kafka's own {@code kafka.Kafka} with the given {@code server.properties}. It exits (Kafka's shutdown hook stopping
 * the broker cleanly) when the JVM that started it is gone, even if that JVM was killed and ran no shutdown hook,
 * so no broker outlives its stack or test run.
 */
public final class KafkaBrokerProcess {

    private static final Duration PARENT_CHECK = Duration.ofSeconds(1);

    private KafkaBrokerProcess() {
    }

    /** @param args the path of the broker's {@code server.properties} */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KafkaBrokerProcess <server.properties>");
            System.exit(2);
        }
        Path settings = Path.of(args[0]);
        KafkaSettings.formatOnFirstUse(read(settings));
        followParent();
        kafka.Kafka.main(new String[] {settings.toString()});
    }

    private static Properties read(Path settings) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(settings)) {
            properties.load(in);
        }
        return properties;
    }

    /** Exits once the parent process is gone; the exit runs Kafka's shutdown hook, which stops the broker. */
    private static void followParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watcher = new Thread(() -> {
            try {
                while (parent.isAlive()) {
                    Thread.sleep(PARENT_CHECK.toMillis());
                }
                System.err.println("KafkaBrokerProcess: the parent process " + parent.pid() + " is gone; stopping");
                System.exit(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
