package org.madoguchi.devstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;

/**
 * The same single-node KRaft broker as {@link KafkaBroker}, run inside this JVM: for the services' own tests, which
 * start one per test JVM and never need to kill it — no second JVM to start and warm up on a small machine. It keeps
 * its ports and log directory across {@link #stop()} and {@link #start}, so a restart finds the same topics and
 * records. What must survive a SIGKILL of the broker, or outlive this JVM (the devstack, the end-to-end and fault
 * tests), uses {@link KafkaBroker}.
 */
public final class InProcessKafkaBroker implements RestartableBroker {

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    /**
     * @param logDirectory   kept across restarts; formatted on first use
     * @param port           client port, 0 for a free one
     * @param controllerPort KRaft controller port, 0 for a free one
     */
    public InProcessKafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory.toAbsolutePath().normalize();
        this.port = port == 0 ? KafkaSettings.freePort() : port;
        this.controllerPort = controllerPort == 0 ? KafkaSettings.freePort() : controllerPort;
    }

    @Override
    public synchronized void start(Duration timeout) {
        if (server != null) {
            return;
        }
        ChildProcess.requirePortFree(port, "Kafka");
        ChildProcess.requirePortFree(controllerPort, "Kafka controller");
        var settings = KafkaSettings.of(logDirectory, port, controllerPort);
        try {
            Files.createDirectories(logDirectory);
            KafkaSettings.formatOnFirstUse(settings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka storage in " + logDirectory, e);
        }
        KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(settings), Time.SYSTEM);
        started.startup();
        server = started;
        try {
            awaitReady(timeout);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public String bootstrapServers() {
        return KafkaSettings.HOST + ":" + port;
    }

    /** Creates the topics that do not exist yet, each with its {@code Topics.settings}. */
    @Override
    public void createTopics(Collection<String> topics, int partitions) {
        TopicAdmin.create(bootstrapServers(), topics, partitions);
    }

    @Override
    public void close() {
        stop();
    }

    /** Waits until the broker names itself in the cluster's metadata. */
    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            TopicAdmin.awaitListed(bootstrapServers(), () -> {
                if (System.nanoTime() - deadline >= 0) {
                    throw new IllegalStateException("the in-process Kafka broker is not ready after " + timeout);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
