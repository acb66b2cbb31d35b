package org.madoguchi.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.madoguchi.contracts.EventEnvelope;

/**
 * What the broker itself says, read with Kafka's own clients: the members of a consumer group and the partitions
 * each holds, its lag, the event ids on a topic, and which idempotent producers appended to it; and a group's
 * offsets set back to the beginning, as an operator replays a topic.
 */
final class BrokerView implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    /** One member of a consumer group: its client id (which names the instance) and the partitions it holds. */
    record Member(String clientId, List<TopicPartition> partitions) {
    }

    /** A consumer group as the coordinator sees it now. */
    record Group(GroupState state, List<Member> members) {

        /** The partitions of {@code topic} the members whose client id starts with {@code prefix} hold. */
        List<Integer> partitionsOf(String topic, String prefix) {
            return members.stream().filter(m -> m.clientId().startsWith(prefix))
                    .flatMap(m -> m.partitions().stream()).filter(p -> p.topic().equals(topic))
                    .map(TopicPartition::partition).sorted().toList();
        }

        /** The partitions of {@code topic} the members whose client id does not start with {@code prefix} hold. */
        List<Integer> partitionsNotOf(String topic, String prefix) {
            return members.stream().filter(m -> !m.clientId().startsWith(prefix))
                    .flatMap(m -> m.partitions().stream()).filter(p -> p.topic().equals(topic))
                    .map(TopicPartition::partition).sorted().toList();
        }

        long membersOf(String prefix) {
            return members.stream().filter(m -> m.clientId().startsWith(prefix)).count();
        }
    }

    private final String bootstrapServers;
    private final Admin admin;

    BrokerView(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(settings);
    }

    Group group(String groupId) {
        ConsumerGroupDescription description = get(admin.describeConsumerGroups(List.of(groupId)).all()).get(groupId);
        List<Member> members = new ArrayList<>();
        for (MemberDescription member : description.members()) {
            members.add(new Member(member.clientId(), List.copyOf(member.assignment().topicPartitions())));
        }
        return new Group(description.groupState(), members);
    }

    /**
     * The idempotent producers that appended to {@code topic}: producer id → the sequence number each last
     * appended per partition ({@code partition → last sequence}); a producer's sequence on a partition counts its
     * records there from 0.
     */
    Map<Long, Map<Integer, Integer>> producers(String topic, int partitions) {
        List<TopicPartition> all = IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(topic, p)).toList();
        Map<Long, Map<Integer, Integer>> producers = new HashMap<>();
        get(admin.describeProducers(all).all()).forEach((partition, description) -> {
            for (ProducerState producer : description.activeProducers()) {
                producers.computeIfAbsent(producer.producerId(), id -> new HashMap<>())
                        .put(partition.partition(), producer.lastSequence());
            }
        });
        return producers;
    }

    /** The CloudEvent id of every record on {@code topic}, from its first offset to its end now, repeats kept. */
    List<String> eventIds(String topic) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, CALL_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, CALL_TIMEOUT);
            List<String> ids = new ArrayList<>();
            long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, CALL_TIMEOUT) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + CALL_TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        ids.add(EventEnvelope.read(record.value()).id().toString());
                    }
                }
            }
            return ids;
        }
    }

    /** The number of records on {@code topic} now (the sum of its partitions' end offsets). */
    long records(String topic) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, CALL_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            return consumer.endOffsets(partitions, CALL_TIMEOUT).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Sets the offsets of an empty consumer group on every partition of the topics back to the first record (Kafka's
     * {@code kafka-consumer-groups --reset-offsets --to-earliest}), so that its consumers read everything again;
     * returns how many records that is.
     */
    long rewind(String groupId, List<String> topics) {
        Map<TopicPartition, Long> earliest = offsets(topics, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(topics, OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
        earliest.forEach((partition, first) -> rewound.put(partition, new OffsetAndMetadata(first)));
        get(admin.alterConsumerGroupOffsets(groupId, rewound).all());
        return latest.entrySet().stream().mapToLong(e -> e.getValue() - earliest.get(e.getKey())).sum();
    }

    /** The records of a group's consumers have read and committed, from the first record of each partition. */
    long committedRecords(String groupId, List<String> topics) {
        Map<TopicPartition, Long> earliest = offsets(topics, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> committed = committed(groupId);
        return earliest.entrySet().stream().mapToLong(e -> committed.containsKey(e.getKey())
                ? committed.get(e.getKey()).offset() - e.getValue() : 0).sum();
    }

    /**
     * The records on the topics that a group has not committed yet (its lag), on every partition: one it never
     * committed on counts from its first record.
     */
    long lag(String groupId, List<String> topics) {
        Map<TopicPartition, Long> earliest = offsets(topics, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(topics, OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> committed = committed(groupId);
        return latest.entrySet().stream().mapToLong(e -> e.getValue() - (committed.containsKey(e.getKey())
                ? committed.get(e.getKey()).offset() : earliest.get(e.getKey()))).sum();
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String groupId) {
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()).forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset);
            }
        });
        return committed;
    }

    private Map<TopicPartition, Long> offsets(List<String> topics, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        get(admin.describeTopics(topics).allTopicNames()).forEach((topic, description) -> description.partitions()
                .forEach(partition -> request.put(new TopicPartition(topic, partition.partition()), spec)));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        get(admin.listOffsets(request).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    /**
     * Removes every member from a consumer group, as an operator does for a group whose consumers died without
     * leaving it (they would stay members until their session timed out): the group is empty at once.
     */
    void removeMembers(String groupId) {
        if (!group(groupId).members().isEmpty()) {
            get(admin.removeMembersFromConsumerGroup(groupId, new RemoveMembersFromConsumerGroupOptions()).all());
        }
    }

    /** The ids of the consumer groups whose id starts with {@code prefix} and that have members now. */
    List<String> activeGroups(String prefix) {
        List<String> ids = get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
                .map(GroupListing::groupId)
                .filter(id -> id.startsWith(prefix)).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return get(admin.describeConsumerGroups(ids).all()).values().stream()
                .filter(group -> !group.members().isEmpty()).map(ConsumerGroupDescription::groupId).toList();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not answer within " + CALL_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
