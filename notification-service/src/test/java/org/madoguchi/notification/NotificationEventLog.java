package org.madoguchi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.contracts.Topics;
import org.madoguchi.testing.KafkaResource;

/** Reads what the service published on notifications.events, checking every event against its contract. */
public final class NotificationEventLog {

    private static final EventSchemas SCHEMAS = new EventSchemas(Thread.currentThread().getContextClassLoader());

    private NotificationEventLog() {
    }

    /** Events matching the filter, read from the start of the topic until {@code expected} arrived (or 30 s). */
    public static List<ReceivedEvent> await(Predicate<ReceivedEvent> filter, int expected) {
        List<ReceivedEvent> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "notification-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.NOTIFICATIONS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    assertThat(SCHEMAS.violations(record.value())).as("contract of %s", record.value()).isEmpty();
                    ReceivedEvent event = EventEnvelope.read(record.value());
                    assertThat(record.key()).isEqualTo(event.subject());
                    if (filter.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }
}
