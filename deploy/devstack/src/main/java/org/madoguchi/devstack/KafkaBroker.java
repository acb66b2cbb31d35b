package org.madoguchi.devstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), running
 * in this JVM. It keeps its ports and log directory across {@link #stop()} and {@link #start()},
 * so a restart finds the same topics and records.
 */
public final class KafkaBroker implements Broker {

    private static final String HOST = "127.0.0.1";

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    /**
     * @param logDirectory   kept across restarts; formatted on first use
     * @param port           client port, 0 for a free one
     * @param controllerPort KRaft controller port, 0 for a free one
     */
    public KafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.port = port == 0 ? freePort() : port;
        this.controllerPort = controllerPort == 0 ? freePort() : controllerPort;
    }

    /** Formats the storage on first use, starts the broker and waits until it serves clients. */
    public synchronized void start(Duration timeout) {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                new Formatter()
                        .setNodeId(1)
                        .setClusterId(Uuid.randomUuid().toString())
                        .setDirectories(List.of(logDirectory.toString()))
                        .setControllerListenerName("CONTROLLER")
                        .setReleaseVersion(MetadataVersion.latestProduction())
                        .setHasDynamicQuorum(false)
                        .run();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDirectory, e);
        }
        KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(config()), Time.SYSTEM);
        started.startup();
        server = started;
        awaitReady(timeout);
    }

    /** Stops the broker; its log directory and ports stay for a later {@link #start}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
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

    private Admin admin() {
        return TopicAdmin.admin(bootstrapServers());
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker not ready after " + timeout, e);
                    }
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.retention.hours", "168");
        return p;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
