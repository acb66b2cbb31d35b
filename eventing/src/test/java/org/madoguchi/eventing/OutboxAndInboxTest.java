package org.madoguchi.eventing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.health.api.HealthGroup;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.devstack.RestartableBroker;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The event backbone against a real PostgreSQL and a real Kafka broker: nothing lost, nothing
 * twice.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "eventing"))
@QuarkusTestResource(KafkaResource.class)
class OutboxAndInboxTest {

    @Inject
    ParcelDesk desk;
    @Inject
    ParcelTally tally;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    @HealthGroup(OutboxBacklog.GROUP)
    OutboxBacklog backlog;
    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    private final EventSchemas schemas = new EventSchemas(Thread.currentThread().getContextClassLoader());

    @Test
    void a_committed_change_publishes_its_event_keyed_by_subject_and_true_to_its_contract() {
        UUID parcel = UUID.randomUUID();
        String key = "parcel-" + parcel;

        desk.register(parcel, 750, key);

        List<ConsumerRecord<String, String>> records = readUntil(key, r -> true, 1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo(key);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json; charset=UTF-8");
        assertThat(schemas.violations(record.value())).isEmpty();
        ReceivedEvent event = EventEnvelope.read(record.value());
        assertThat(event.type()).isEqualTo(ParcelDesk.REGISTERED);
        assertThat(event.source()).isEqualTo("/madoguchi/eventing-test");
        assertThat(event.subject()).isEqualTo(key);
        assertThat(event.data().get("weightGrams").asInt()).isEqualTo(750);
        // the relay sends the outbox row as it is
        assertThat(record.value()).isEqualTo(text("select payload from event_outbox where event_id = '" + event.id() + "'"));
        await().atMost(Duration.ofSeconds(30)).until(() -> tallyOf(parcel) == 1);
    }

    @Test
    void a_row_written_before_the_envelope_came_from_the_cloudevents_sdk_is_still_published_and_applied() throws SQLException {
        UUID parcel = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String key = "legacy-" + parcel;
        // byte for byte what the hand-written envelope wrote: its member order, Instant.toString()
        String legacy = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"/madoguchi/eventing-test\","
                + "\"type\":\"" + ParcelDesk.REGISTERED + "\",\"subject\":\"" + key + "\",\"time\":\"2026-04-01T09:30:15.120Z\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"parcelId\":\"" + parcel + "\",\"weightGrams\":80}}";
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     insert into event_outbox (event_id, topic, message_key, event_type, payload) values (?, ?, ?, ?, ?)""")) {
            insert.setObject(1, eventId);
            insert.setString(2, ParcelDesk.TOPIC);
            insert.setString(3, key);
            insert.setString(4, ParcelDesk.REGISTERED);
            insert.setString(5, legacy);
            insert.executeUpdate();
        }

        ConsumerRecord<String, String> record = readUntil(key, r -> true, 1).get(0);

        assertThat(record.value()).isEqualTo(legacy);
        assertThat(schemas.violations(record.value())).isEmpty();
        assertThat(EventEnvelope.read(record.value()).time()).isEqualTo(Instant.parse("2026-04-01T09:30:15.12Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> tallyOf(parcel) == 1);
        assertThat(count("select count(*) from processed_event where event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void a_rolled_back_change_leaves_no_event_behind() {
        UUID rolledBack = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        String key = "rollback-" + rolledBack;

        assertThatThrownBy(() -> desk.registerThenFail(rolledBack, 100, key)).isInstanceOf(IllegalStateException.class);
        desk.register(marker, 200, key);

        // same key, same partition, written in order: had the first event left, it would come first
        List<ConsumerRecord<String, String>> records =
                readUntil(key, r -> r.value().contains(marker.toString()), 1);
        assertThat(records).extracting(r -> EventEnvelope.read(r.value()).data().get("parcelId").asText())
                .containsExactly(marker.toString());
        assertThat(count("select count(*) from event_outbox where message_key = '" + key + "'")).isEqualTo(1);
        assertThat(count("select count(*) from parcel where id = '" + rolledBack + "'")).isZero();
    }

    @Test
    void an_event_delivered_twice_is_applied_once() throws Exception {
        UUID parcel = UUID.randomUUID();
        CloudEvent event = EventEnvelope.create("/madoguchi/eventing-test", ParcelDesk.REGISTERED, "p-" + parcel,
                Instant.now(), JsonNodeFactory.instance.objectNode().put("parcelId", parcel.toString()).put("weightGrams", 5));
        UUID eventId = UUID.fromString(event.getId());
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(ParcelDesk.TOPIC, event.getSubject(), EventEnvelope.write(event))).get();
            producer.send(new ProducerRecord<>(ParcelDesk.TOPIC, event.getSubject(), EventEnvelope.write(event))).get();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> tally.deliveriesOf(eventId) == 2);

        assertThat(tallyOf(parcel)).isEqualTo(1);
        assertThat(count("select count(*) from processed_event where event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void events_written_while_the_broker_is_down_all_arrive_once_it_is_back() {
        // the embedded broker keeps its port and data across a restart; a container's port would change
        assumeTrue(KafkaResource.broker() instanceof RestartableBroker, "the broker is not the embedded one");
        RestartableBroker broker = (RestartableBroker) KafkaResource.broker();
        String key = "outage-" + UUID.randomUUID();
        List<UUID> parcels = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 20; i++) {
                UUID parcel = UUID.randomUUID();
                desk.register(parcel, 10 + i, key);
                parcels.add(parcel);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> count(
                    "select count(*) from event_outbox where message_key = '" + key + "' and attempts > 0") > 0);
            assertThat(registry.get("madoguchi.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(20);
            assertThat(registry.get("madoguchi.outbox.oldest.pending.seconds").gauge().value()).isPositive();
            HealthCheckResponse waiting = backlog.call();
            assertThat(waiting.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat((Long) waiting.getData().orElseThrow().get("pending")).isGreaterThanOrEqualTo(20L);
            assertThat((Long) waiting.getData().orElseThrow().get("oldestPendingSeconds")).isNotNegative();
            assertThat(count("select count(*) from event_outbox where message_key = '" + key + "' and published_at is null"))
                    .isEqualTo(20);
        } finally {
            broker.start(Duration.ofSeconds(60));
        }

        List<ConsumerRecord<String, String>> records = readUntil(key, r -> true, 20);

        Set<String> arrived = new HashSet<>();
        records.forEach(r -> arrived.add(EventEnvelope.read(r.value()).data().get("parcelId").asText()));
        assertThat(arrived).containsExactlyInAnyOrderElementsOf(parcels.stream().map(UUID::toString).toList());
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from event_outbox where message_key = '" + key + "' and published_at is null") == 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> parcels.stream().allMatch(p -> tallyOf(p) == 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.get("madoguchi.outbox.pending").gauge().value() == 0);
        assertThat(backlog.call().getData().orElseThrow()).containsEntry("pending", 0L).containsEntry("oldestPendingSeconds", 0L);
    }

    private List<ConsumerRecord<String, String>> readUntil(String key, Predicate<ConsumerRecord<String, String>> last, int atLeast) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(ParcelDesk.TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            boolean done = false;
            while (!done && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(r.key())) {
                        found.add(r);
                        done = found.size() >= atLeast && last.test(r);
                    }
                }
            }
        }
        assertThat(found).as("records with key %s", key).hasSizeGreaterThanOrEqualTo(atLeast);
        return found;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private int tallyOf(UUID parcel) {
        return count("select coalesce(max(deliveries), 0) from parcel_tally where parcel_id = '" + parcel + "'");
    }

    private String text(String sql) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
