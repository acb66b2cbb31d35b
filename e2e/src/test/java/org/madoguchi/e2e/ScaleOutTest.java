package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.OTHER_CITIZEN;
import static org.madoguchi.e2e.SampleUsers.PROCEDURE_ADMIN;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.Topics;
import org.madoguchi.devstack.PostgresServer;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.PackagedService;
import org.madoguchi.e2e.suite.RunningSuite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;

/**
 * Scale-out on one broker and one database per service: a second instance of notification-service and of
 * procedures-service beside the suite's own. The notification instances share their consumer group's partitions,
 * apply every event once, relay their outbox one at a time, and lose nothing when one is killed mid-stream; each
 * procedures instance keeps its own search index, which learns a procedure registered through the other.
 * Events for notification-service are written straight to {@code applications.events} in the contracts' envelope;
 * what they caused is read from the broker and the databases.
 */
@EndToEnd(logs = {RunningSuite.NOTIFICATION, ScaleOutTest.SECOND_NOTIFICATION, RunningSuite.PROCEDURES,
        ScaleOutTest.SECOND_PROCEDURES})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE - 1)
class ScaleOutTest {

    static final String SECOND_NOTIFICATION = RunningSuite.NOTIFICATION + "-2";
    static final String SECOND_PROCEDURES = RunningSuite.PROCEDURES + "-2";

    /** notification-service's one consumer group, shared by its instances. */
    private static final String NOTIFICATION_GROUP = "notification-service";
    /** The consumer that records applications' events in notification-service's inbox of processed events. */
    private static final String APPLICATIONS_CONSUMER = "notification-service.applications";
    /** The client ids of the second instance's consumers start with this; the first instance's do not. */
    private static final String SECOND_CLIENTS = "scale-out-2-";
    private static final List<String> NOTIFICATION_TOPICS = List.of(Topics.APPLICATIONS, Topics.LENDING,
            Topics.PROCEDURES);
    /** Three consumers per topic in each instance ({@code concurrency=3}). */
    private static final int CONSUMERS_PER_TOPIC = 3;
    private static final int FIRST_STREAM = 30;
    /** Events of the second stream still produced after the kill. */
    private static final int AFTER_THE_KILL = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSuite suite;
    private final Gateway gateway;
    private final BrokerView broker;
    private final String applicant;
    private PackagedService secondNotification;
    private PackagedService secondProcedures;
    private Map<Long, Map<Integer, Integer>> relaysBefore;
    private long notificationRecordsBefore;

    ScaleOutTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
        this.broker = new BrokerView(suite.kafkaBootstrapServers());
        this.applicant = gateway.users().subject(OTHER_CITIZEN);
    }

    @BeforeAll
    void a_second_instance_of_notification_service_and_of_procedures_service_starts() {
        relaysBefore = broker.producers(Topics.NOTIFICATIONS, RunningSuite.PARTITIONS);
        notificationRecordsBefore = broker.records(Topics.NOTIFICATIONS);
        long began = System.nanoTime();
        // the second notification instance names its consumers, and leaves its group 6 s after it stops answering
        // (the client's default is 45 s), so that the test of its death waits little for the coordinator
        CompletableFuture<PackagedService> notification = CompletableFuture.supplyAsync(() -> suite
                .startAnotherInstance(RunningSuite.NOTIFICATION, 2, Map.of(
                        "mp.messaging.connector.smallrye-kafka.client-id-prefix", SECOND_CLIENTS,
                        "mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000",
                        "mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1000")));
        CompletableFuture<PackagedService> procedures = CompletableFuture.supplyAsync(() -> suite
                .startAnotherInstance(RunningSuite.PROCEDURES, 2, Map.of()));
        secondNotification = notification.join();
        secondProcedures = procedures.join();
        System.out.printf("ScaleOutTest: %s and %s ready in %.1f s%n", SECOND_NOTIFICATION, SECOND_PROCEDURES,
                (System.nanoTime() - began) / 1e9);
    }

    @AfterAll
    void the_second_instances_stop() {
        if (secondProcedures != null) {
            secondProcedures.stop();
        }
        if (secondNotification != null) {
            secondNotification.stop();
        }
        broker.close();
    }

    @Test
    @Order(1)
    void the_two_notification_instances_split_the_partitions_of_every_topic_they_read() {
        BrokerView.Group group = eventually().until(() -> broker.group(NOTIFICATION_GROUP),
                g -> g.state() == GroupState.STABLE && NOTIFICATION_TOPICS.stream().allMatch(topic ->
                        g.partitionsOf(topic, SECOND_CLIENTS).size() + g.partitionsNotOf(topic, SECOND_CLIENTS).size()
                                == RunningSuite.PARTITIONS));

        // three consumers per topic in each instance: 18 members, each topic's six partitions three and three
        assertThat(group.membersOf(SECOND_CLIENTS)).isEqualTo(NOTIFICATION_TOPICS.size() * CONSUMERS_PER_TOPIC);
        assertThat(group.members()).hasSize(2 * NOTIFICATION_TOPICS.size() * CONSUMERS_PER_TOPIC);
        for (String topic : NOTIFICATION_TOPICS) {
            List<Integer> second = group.partitionsOf(topic, SECOND_CLIENTS);
            List<Integer> first = group.partitionsNotOf(topic, SECOND_CLIENTS);
            System.out.printf("ScaleOutTest: %s partitions %s to the first instance, %s to the second%n", topic,
                    first, second);
            assertThat(second).as(topic + " held by the second instance").hasSize(RunningSuite.PARTITIONS / 2);
            assertThat(first).as(topic + " held by the first instance").hasSize(RunningSuite.PARTITIONS / 2)
                    .doesNotContainAnyElementsOf(second);
        }
    }

    @Test
    @Order(2)
    void every_event_is_notified_once_and_every_outbox_row_is_published_once_by_the_two_relays_taking_turns()
            throws Exception {
        Set<Integer> secondsPartitions = new HashSet<>(broker.group(NOTIFICATION_GROUP)
                .partitionsOf(Topics.APPLICATIONS, SECOND_CLIENTS));
        Map<String, Integer> partitionOf = new HashMap<>();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < FIRST_STREAM; i++) {
                ProducerRecord<String, String> record = applicationSubmitted(i);
                partitionOf.put(eventId(record), producer.send(record).get().partition());
            }
        }
        Set<String> events = partitionOf.keySet();

        Map<String, Integer> notified = eventually().until(() -> notificationsPerSource(events),
                counts -> counts.size() == FIRST_STREAM);
        assertThat(notified.values()).as("notifications per event").containsOnly(1);
        assertThat(processedOnce(events)).isEqualTo(FIRST_STREAM);
        long bySecond = eventsOn(partitionOf, secondsPartitions).size();
        System.out.printf("ScaleOutTest: %d events, %d notifications; %d applied by the first instance, %d by the"
                + " second (by the partitions each holds)%n", FIRST_STREAM, notified.size(), FIRST_STREAM - bySecond,
                bySecond);
        assertThat(bySecond).as("events on the second instance's partitions").isBetween(1L, FIRST_STREAM - 1L);

        // each notification's mail goes out and its delivery-succeeded event leaves through the outbox, once (the
        // mails take a while, one SMTP connection each: the test looks at those sent so far, not at all thirty)
        List<String> notificationIds = notificationIds(events);
        eventually().untilAsserted(() -> {
            List<String> ours = publishedOutboxRows(notificationIds);
            List<String> published = allPublishedOutboxEventIds();
            List<String> onTopic = broker.eventIds(Topics.NOTIFICATIONS);
            assertThat(ours).as("delivery-succeeded of these notifications published").isNotEmpty();
            assertThat(onTopic).as("no event twice on " + Topics.NOTIFICATIONS).doesNotHaveDuplicates();
            assertThat(onTopic).as("the topic holds the published outbox rows, each once")
                    .containsExactlyInAnyOrderElementsOf(published);
            assertThat(onTopic).containsAll(ours);
        });

        // the relays took turns under the advisory lock: the broker knows each instance's idempotent producer by its
        // id, and the records they appended since the second instance started add up to what the topic grew by (no
        // row twice). Which instance wins the lock at each tick is the scheduler's business: on a quiet machine one
        // relay may drain all of it, so the test asks for one or two producers, not for both.
        eventually().untilAsserted(() -> {
            Map<Long, Integer> appendedBy = appendedSince(relaysBefore,
                    broker.producers(Topics.NOTIFICATIONS, RunningSuite.PARTITIONS));
            long appended = broker.records(Topics.NOTIFICATIONS) - notificationRecordsBefore;
            System.out.printf("ScaleOutTest: %s grew by %d records, by producer id %s%n", Topics.NOTIFICATIONS,
                    appended, appendedBy);
            assertThat(appendedBy.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(appended);
            assertThat(appendedBy).as("relays that published since the second instance started").hasSizeBetween(1, 2);
        });
    }

    @Test
    @Order(3)
    void an_instance_killed_mid_stream_leaves_every_event_notified_exactly_once_by_the_survivor() throws Exception {
        Set<Integer> secondsPartitions = new HashSet<>(broker.group(NOTIFICATION_GROUP)
                .partitionsOf(Topics.APPLICATIONS, SECOND_CLIENTS));
        Map<String, Integer> partitionOf = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger producedAfterTheKill = new AtomicInteger();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            try (KafkaProducer<String, String> producer = producer()) {
                for (int i = FIRST_STREAM; !killed.get() || producedAfterTheKill.get() < AFTER_THE_KILL; i++) {
                    ProducerRecord<String, String> record = applicationSubmitted(i);
                    boolean afterTheKill = killed.get();
                    partitionOf.put(eventId(record), producer.send(record).get().partition());
                    if (afterTheKill) {
                        producedAfterTheKill.incrementAndGet();
                    }
                    // a steady stream of about twenty events a second, not a burst the consumers take at once
                    Thread.sleep(50);
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("the stream of events stopped", e);
            }
        });

        // the second instance is at work on its partitions when it dies
        eventually().until(() -> notificationsPerSource(eventsOn(partitionOf, secondsPartitions)).size() >= 5);
        long killedAt = System.nanoTime();
        secondNotification.kill();
        killed.set(true);
        stream.get(Eventually.AT_MOST.toSeconds(), TimeUnit.SECONDS);
        Set<String> events = Set.copyOf(partitionOf.keySet());
        int onSecondsPartitions = eventsOn(partitionOf, secondsPartitions).size();

        Map<String, Integer> notified = eventually().until(() -> notificationsPerSource(events),
                counts -> counts.size() == events.size());
        double tookOver = (System.nanoTime() - killedAt) / 1e9;
        assertThat(notified.values()).as("notifications per event").containsOnly(1);
        assertThat(processedOnce(events)).isEqualTo(events.size());
        assertThat(producedAfterTheKill.get()).isEqualTo(AFTER_THE_KILL);

        BrokerView.Group group = eventually().until(() -> broker.group(NOTIFICATION_GROUP),
                g -> g.state() == GroupState.STABLE && g.membersOf(SECOND_CLIENTS) == 0);
        for (String topic : NOTIFICATION_TOPICS) {
            assertThat(group.partitionsNotOf(topic, SECOND_CLIENTS)).as(topic + " held by the survivor")
                    .containsExactly(0, 1, 2, 3, 4, 5);
        }
        System.out.printf("ScaleOutTest: %d events (%d after the kill, %d on the killed instance's partitions), %d"
                        + " notifications, each once; every one there %.1f s after the kill%n", events.size(),
                AFTER_THE_KILL, onSecondsPartitions, notified.size(), tookOver);

        // a relay killed between the broker's acknowledgement and its commit may publish a row again (at least
        // once, which consumers ignore); none is missing
        eventually().untilAsserted(() -> assertThat(new HashSet<>(broker.eventIds(Topics.NOTIFICATIONS)))
                .containsAll(allPublishedOutboxEventIds()));
    }

    @Test
    @Order(4)
    void a_procedure_registered_through_one_instance_is_found_in_the_index_of_each_and_its_event_published_once()
            throws SQLException {
        Gateway first = new Gateway(suite, suite.service(RunningSuite.PROCEDURES).url());
        Gateway second = new Gateway(suite, secondProcedures.url());
        String code = "SCALE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String procedureId = second.as(PROCEDURE_ADMIN).body(Map.of("code", code, "name", "スケールアウト確認",
                        "kana", "すけーるあうとかくにん", "departmentCode", "joho-seisaku", "category", "情報"))
                .post("/api/v1/procedures").then().statusCode(201).extract().path("id");

        for (Gateway instance : List.of(second, first)) {
            eventually().untilAsserted(() -> instance.as(PROCEDURE_ADMIN).queryParam("q", code)
                    .get("/api/v1/procedures").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(procedureId)));
        }
        List<String> outbox = eventually().until(() -> publishedOutboxRows("procedures", List.of(procedureId)),
                rows -> !rows.isEmpty());
        assertThat(outbox).as("events of the registration").hasSize(1);
        List<String> onTopic = broker.eventIds(Topics.PROCEDURES);
        assertThat(onTopic.stream().filter(outbox::contains).count()).as("records of its event on the topic")
                .isEqualTo(1);
    }

    private KafkaProducer<String, String> producer() {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    /** An application of the other sample citizen submitted, as applications-service would publish it. */
    private ProducerRecord<String, String> applicationSubmitted(int number) {
        String applicationId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode data = JSON.createObjectNode();
        data.put("applicationId", applicationId);
        data.put("receiptNumber", String.format("R7-%06d", 900_000 + number));
        data.put("fiscalYear", 2025);
        data.put("formId", UUID.randomUUID().toString());
        data.put("formVersion", 1);
        data.put("formTitle", "スケールアウト確認届");
        data.put("formTitleEn", "Scale-out check");
        data.put("departmentCode", "joho-seisaku");
        data.putObject("applicant").put("subject", applicant);
        data.putNull("dueDate");
        data.put("anonymous", false);
        data.put("submittedAt", now.toString());
        CloudEvent event = EventEnvelope.create("/madoguchi/applications-service",
                "madoguchi.applications.application-submitted.v1", applicationId, now, data);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.APPLICATIONS, applicationId,
                EventEnvelope.write(event));
        record.headers().add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String eventId(ProducerRecord<String, String> record) {
        return EventEnvelope.read(record.value()).id().toString();
    }

    private static Set<String> eventsOn(Map<String, Integer> partitionOf, Set<Integer> partitions) {
        return partitionOf.entrySet().stream().filter(e -> partitions.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Records each producer appended since {@code before}, from the last sequence numbers per partition. */
    private static Map<Long, Integer> appendedSince(Map<Long, Map<Integer, Integer>> before,
            Map<Long, Map<Integer, Integer>> now) {
        Map<Long, Integer> appended = new HashMap<>();
        now.forEach((producer, partitions) -> partitions.forEach((partition, last) -> {
            int earlier = before.getOrDefault(producer, Map.of()).getOrDefault(partition, -1);
            if (last > earlier) {
                appended.merge(producer, last - earlier, Integer::sum);
            }
        }));
        return appended;
    }

    /** The notifications (inbox rows) each event made: event id → rows. */
    private Map<String, Integer> notificationsPerSource(Collection<String> events) throws SQLException {
        return query("notification", "select source_id, count(*) from notification where source_id = any(?)"
                + " group by source_id", List.copyOf(events), rows -> {
                    Map<String, Integer> counts = new HashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                    return counts;
                });
    }

    private List<String> notificationIds(Collection<String> events) throws SQLException {
        return query("notification", "select id::text from notification where source_id = any(?)",
                List.copyOf(events), ScaleOutTest::firstColumn);
    }

    private int processedOnce(Collection<String> events) throws SQLException {
        return query("notification", "select count(*) from processed_event where consumer = '" + APPLICATIONS_CONSUMER
                + "' and event_id::text = any(?)", List.copyOf(events), rows -> {
                    rows.next();
                    return rows.getInt(1);
                });
    }

    private List<String> publishedOutboxRows(Collection<String> keys) throws SQLException {
        return publishedOutboxRows("notification", keys);
    }

    private List<String> publishedOutboxRows(String database, Collection<String> keys) throws SQLException {
        return query(database, "select event_id::text from event_outbox where published_at is not null"
                + " and message_key = any(?)", List.copyOf(keys), ScaleOutTest::firstColumn);
    }

    private List<String> allPublishedOutboxEventIds() throws SQLException {
        return query("notification", "select event_id::text from event_outbox where published_at is not null"
                + " and topic = ?", Topics.NOTIFICATIONS, ScaleOutTest::firstColumn);
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Runs a query of one parameter: a text, or a list of texts for {@code = any(?)}. */
    private <T> T query(String database, String sql, Object parameter, Rows<T> read) throws SQLException {
        try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(database), PostgresServer.USER,
                PostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter instanceof List<?> values) {
                statement.setArray(1, connection.createArrayOf("text", values.toArray()));
            } else {
                statement.setString(1, (String) parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return read.read(rows);
            }
        }
    }

    private static List<String> firstColumn(ResultSet rows) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
            values.add(rows.getString(1));
        }
        return values;
    }
}
