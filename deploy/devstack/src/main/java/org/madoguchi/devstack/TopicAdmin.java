package org.madoguchi.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.madoguchi.contracts.Topics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creating the suite's topics on a broker, embedded or in a container, each with its {@link Topics#settings}. */
final class TopicAdmin {

    private TopicAdmin() {
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
    }

    /** Creates the topics that do not exist yet, each with {@code partitions} partitions and one replica. */
    static void create(String bootstrapServers, Collection<String> topics, int partitions) {
        try (Admin admin = admin(bootstrapServers)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)
                                    .configs(Topics.settings(topic))))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating topics", e);
        }
    }

    /**
     * Polls until the broker at {@code bootstrapServers} names itself in the cluster's metadata; between two tries
     * {@code betweenTries} runs (and throws when the caller stops waiting).
     */
    static void awaitListed(String bootstrapServers, Runnable betweenTries) throws InterruptedException {
        try (Admin admin = admin(bootstrapServers)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // keep polling
                }
                betweenTries.run();
                Thread.sleep(100);
            }
        }
    }
}
