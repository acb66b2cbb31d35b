package org.madoguchi.gateway.adapter.out.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.madoguchi.gateway.application.port.out.EventLog;
import org.madoguchi.gateway.config.GatewayConfig;
import org.madoguchi.gateway.domain.model.EventPosition;
import org.madoguchi.gateway.domain.model.EventTail;
import org.madoguchi.gateway.domain.model.LoggedEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the suite's topics with one Kafka consumer per tail, on its own thread: every partition assigned (no
 * consumer group, nothing committed), each started at the position the watcher resumes from or at the end. A
 * record that is not a CloudEvents envelope is passed over. Where Kafka no longer holds a position, the read
 * starts at the earliest event it still holds.
 */
@ApplicationScoped
public class KafkaEventLog implements EventLog {

    private static final Logger LOG = Logger.getLogger(KafkaEventLog.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> kafkaConfig;
    private final List<String> topics;
    private final ObjectMapper json;
    private final AtomicInteger serial = new AtomicInteger();
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "ops-event-reader-" + serial.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param kafkaConfig every {@code kafka.*} setting ({@code KAFKA_*} in the environment: the brokers, and the security
     *                    protocol, SASL and trust store of a secured cluster), as the outbox relay and the consumers of
     *                    the services take them
     */
    KafkaEventLog(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, GatewayConfig config,
            ObjectMapper json) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.topics = List.copyOf(config.ops().topics());
        this.json = json;
    }

    @Override
    public EventTail tail(Optional<EventPosition> from, Consumer<LoggedEvent> onEvent) {
        Reader reader = new Reader(from, onEvent);
        readers.execute(reader);
        reader.awaitStart();
        return reader;
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.putAll(kafkaConfig);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-ops-stream-" + serial.incrementAndGet());
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    /** One watcher's read. */
    private final class Reader implements EventTail, Runnable {

        private final Optional<EventPosition> from;
        private final Consumer<LoggedEvent> onEvent;
        private final CountDownLatch started = new CountDownLatch(1);
        private final AtomicReference<EventPosition> position = new AtomicReference<>(new EventPosition(Map.of()));
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private volatile KafkaConsumer<String, String> consumer;
        private volatile boolean closed;

        Reader(Optional<EventPosition> from, Consumer<LoggedEvent> onEvent) {
            this.from = from;
            this.onEvent = onEvent;
        }

        @Override
        public void run() {
            try (KafkaConsumer<String, String> kafka = consumer()) {
                consumer = kafka;
                start(kafka);
                started.countDown();
                while (!closed) {
                    for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                        pass(record);
                    }
                }
            } catch (WakeupException closing) {
                // closed by the watcher
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.warnf(e, "The ops event stream stopped reading Kafka");
                }
                failure.compareAndSet(null, e);
            } finally {
                started.countDown();
            }
        }

        private void start(KafkaConsumer<String, String> kafka) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            kafka.assign(partitions);
            kafka.seekToEnd(partitions);
            Map<String, Long> resume = from.map(EventPosition::nextOffsets).orElse(Map.of());
            Map<String, Long> start = new LinkedHashMap<>();
            for (TopicPartition partition : partitions) {
                Long offset = resume.get(EventPosition.partition(partition.topic(), partition.partition()));
                if (offset != null) {
                    kafka.seek(partition, offset);
                }
                start.put(EventPosition.partition(partition.topic(), partition.partition()), kafka.position(partition));
            }
            position.set(new EventPosition(start));
        }

        private void pass(ConsumerRecord<String, String> record) {
            EventPosition after = position.updateAndGet(p -> p.after(record.topic(), record.partition(),
                    record.offset()));
            Map<String, String> envelope = envelope(record.value());
            if (envelope.isEmpty()) {
                return;
            }
            onEvent.accept(new LoggedEvent(envelope.get("type"), envelope.get("subject"), envelope.get("json"),
                    after));
        }

        private Map<String, String> envelope(String value) {
            if (value == null) {
                return Map.of();
            }
            try {
                JsonNode node = json.readTree(value);
                if (node == null || !node.hasNonNull("type") || !node.hasNonNull("id")) {
                    return Map.of();
                }
                Map<String, String> fields = new HashMap<>();
                fields.put("type", node.get("type").asText());
                fields.put("subject", node.hasNonNull("subject") ? node.get("subject").asText() : "");
                fields.put("json", json.writeValueAsString(node));
                return fields;
            } catch (java.io.IOException notJson) {
                return Map.of();
            }
        }

        void awaitStart() {
            try {
                if (!started.await(30, TimeUnit.SECONDS)) {
                    close();
                    throw new IllegalStateException("Kafka did not answer within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while starting to read Kafka", e);
            }
            RuntimeException failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException("cannot read Kafka", failed);
            }
        }

        @Override
        public EventPosition position() {
            return position.get();
        }

        @Override
        public void close() {
            closed = true;
            KafkaConsumer<String, String> kafka = consumer;
            if (kafka != null) {
                kafka.wakeup();
            }
        }
    }
}
