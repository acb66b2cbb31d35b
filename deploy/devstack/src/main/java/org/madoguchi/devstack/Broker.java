package org.madoguchi.devstack;

import java.util.Collection;

/**
 * A Kafka broker as the services see it: bootstrap servers and the suite's topics. The embedded {@link KafkaBroker}
 * is the default; {@link ContainerParts#kafka()} starts the same version as a container where a Docker engine runs.
 */
public interface Broker extends AutoCloseable {

    /** {@code host:port} for {@code kafka.bootstrap.servers}. */
    String bootstrapServers();

    /** Creates the topics that do not exist yet, each with {@code partitions} partitions. */
    void createTopics(Collection<String> topics, int partitions);

    @Override
    void close();
}
