package org.madoguchi.devstack;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The settings of a single-node KRaft broker (broker and controller in one) on loopback, and the formatting of its
 * storage on first use: the same for the broker process ({@link KafkaBroker}) and the in-process one
 * ({@link InProcessKafkaBroker}).
 */
final class KafkaSettings {

    static final String HOST = "127.0.0.1";

    private KafkaSettings() {
    }

    /** The broker's {@code server.properties}. */
    static Properties of(Path logDirectory, int port, int controllerPort) {
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
        // a broker killed and started again registers anew once the controller has dropped its old registration:
        // after the session timeout (9 s by default), which in one process holding both is all lost time
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "2000");
        p.put("auto.create.topics.enable", "true");
        p.put("log.retention.hours", "168");
        return p;
    }

    /** Writes {@code meta.properties} (a new cluster id, node 1) unless the log directory has one. */
    static void formatOnFirstUse(Properties settings) throws Exception {
        Path logDirectory = Path.of(settings.getProperty("log.dirs"));
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setNodeId(Integer.parseInt(settings.getProperty("node.id")))
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDirectory.toString()))
                .setControllerListenerName(settings.getProperty("controller.listener.names"))
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setHasDynamicQuorum(false)
                .run();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
