package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.OTHER_CITIZEN;
import static org.madoguchi.e2e.SampleUsers.PROCEDURE_ADMIN;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.madoguchi.contracts.Topics;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.PackagedService;
import org.madoguchi.e2e.suite.RunningSuite;

/**
 * Every topic read again from its first record by the consumers that keep what they read: notification-service's
 * group (applications, lending and procedures events) set back to the beginning with Kafka's admin client while the
 * service is down ({@code kafka-consumer-groups --reset-offsets --to-earliest}), and applications-service's form
 * catalogue, which reads {@code procedures.forms} from the beginning at every start. The consumers' inboxes
 * ({@code processed_event}) recognise every event: no row is added, in any table of either database. And
 * procedures-service's search index, which keeps what it reads in memory: an instance that reads
 * {@code procedures.events} from its first record finds each procedure once.
 */
@EndToEnd(logs = {RunningSuite.NOTIFICATION, RunningSuite.APPLICATIONS, RunningSuite.PROCEDURES + "-3"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE - 6)
class TopicReplayTest {

    /** notification-service's one consumer group. */
    private static final String NOTIFICATION_GROUP = "notification-service";
    private static final List<String> NOTIFICATION_TOPICS = List.of(Topics.APPLICATIONS, Topics.LENDING,
            Topics.PROCEDURES);
    /** applications-service's catalogue: a group of its own at each start, {@code applications-form-catalogue-<uuid>}. */
    private static final String CATALOGUE_GROUPS = "applications-form-catalogue-";
    private static final List<String> DATABASES = List.of("notification", "applications", "procedures");

    /** procedures-service's search index: a group of its own per instance, {@code procedures-search-<uuid>}. */
    private static final String INDEX_GROUPS = "procedures-search-";
    private static final String INDEX_OFFSET_RESET = "mp.messaging.incoming.procedures-index.auto.offset.reset";
    /** The number of the procedures-service instance whose index reads procedures.events from its beginning. */
    private static final int INDEX_INSTANCE = 3;
    private static final int SUBMISSIONS = 3;

    private final RunningSuite suite;
    private final Gateway gateway;
    private PackagedService replayingIndex;

    TopicReplayTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
    }

    @Test
    void replaying_every_topic_from_its_beginning_into_every_consumer_adds_no_row_anywhere() throws Exception {
        long began = System.nanoTime();
        // something to replay, whatever ran before: a procedure and its form, and submissions of it
        OnlineForm form = OnlineForm.publish(gateway, "故障試験（再生）", OTHER_CITIZEN);
        for (int i = 0; i < SUBMISSIONS; i++) {
            gateway.as(OTHER_CITIZEN).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("answers", Map.of("note", "再生 " + i)))
                    .post("/api/v1/forms/" + form.id() + "/applications").then().statusCode(201);
        }
        Map<String, Long> before;
        long replayed;
        long catalogueRecords;
        long procedureRecords;
        long indexed;
        long indexedBefore;
        long foundByCode;
        try (BrokerView broker = new BrokerView(suite.kafkaBootstrapServers())) {
            // what was set off has settled: the consumers are up to date and the rows stay as they are
            before = settled(broker);
            indexedBefore = total(suite.service(RunningSuite.PROCEDURES).url(), null);
            // notification-service is killed rather than stopped: its nine consumers would leave the group one
            // rebalance after the other, longer than a stop's grace period; the admin client then empties the group
            suite.service(RunningSuite.NOTIFICATION).kill();
            suite.service(RunningSuite.APPLICATIONS).stop();
            broker.removeMembers(NOTIFICATION_GROUP);
            replayed = broker.rewind(NOTIFICATION_GROUP, NOTIFICATION_TOPICS);
            procedureRecords = broker.records(Topics.PROCEDURES);
            List<String> indexGroups = broker.activeGroups(INDEX_GROUPS);
            CompletableFuture<PackagedService> index = CompletableFuture.supplyAsync(() -> suite.startAnotherInstance(
                    RunningSuite.PROCEDURES, INDEX_INSTANCE, Map.of(INDEX_OFFSET_RESET, "earliest")));
            CompletableFuture.allOf(index,
                    CompletableFuture.runAsync(() -> suite.service(RunningSuite.NOTIFICATION).restart()),
                    CompletableFuture.runAsync(() -> suite.service(RunningSuite.APPLICATIONS).restart())).join();
            replayingIndex = index.join();
            // each has read everything again, and committed it
            eventually().until(() -> broker.lag(NOTIFICATION_GROUP, NOTIFICATION_TOPICS) == 0);
            String catalogue = eventually().until(() -> broker.activeGroups(CATALOGUE_GROUPS), g -> g.size() == 1)
                    .get(0);
            eventually().until(() -> broker.lag(catalogue, List.of(Topics.PROCEDURE_FORMS)) == 0);
            catalogueRecords = broker.committedRecords(catalogue, List.of(Topics.PROCEDURE_FORMS));
            // the third instance's index group: the one that was not there before it started
            String replayingGroup = eventually().until(() -> broker.activeGroups(INDEX_GROUPS).stream()
                    .filter(g -> !indexGroups.contains(g)).toList(), g -> g.size() == 1).get(0);
            eventually().until(() -> broker.lag(replayingGroup, List.of(Topics.PROCEDURES)) == 0);
            indexed = total(replayingIndex.url(), null);
            foundByCode = total(replayingIndex.url(), form.procedureCode());
        }
        Map<String, Long> after = rowCounts();
        long added = after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L))
                .filter(n -> n > 0).sum();
        long removed = before.entrySet().stream().mapToLong(e -> e.getValue() - after.getOrDefault(e.getKey(), 0L))
                .filter(n -> n > 0).sum();
        new Figures("TopicReplayTest").put("records replayed into notification-service", replayed)
                .put("into applications-service's catalogue", catalogueRecords)
                .put("into a procedures-service search index", procedureRecords)
                .put("procedures found there", indexed + " (first instance " + indexedBefore + ")")
                .put("took s", (System.nanoTime() - began) / 1e9).print();
        new Figures("TopicReplayTest").put("sent (records replayed)", replayed + catalogueRecords + procedureRecords)
                .put("delivered (read again and committed)", replayed + catalogueRecords + procedureRecords)
                .put("rows before", before.values().stream().mapToLong(Long::longValue).sum())
                .put("rows after", after.values().stream().mapToLong(Long::longValue).sum())
                .put("duplicates", added + Math.max(0, indexed - indexedBefore))
                .put("lost", removed + Math.max(0, indexedBefore - indexed)).print();

        assertThat(replayed).as("records replayed into notification-service").isPositive();
        assertThat(catalogueRecords).as("records replayed into the catalogue").isPositive();
        assertThat(after).as("rows per table").isEqualTo(before);
        assertThat(indexed).as("procedures in the index that read every event again").isEqualTo(indexedBefore);
        assertThat(foundByCode).as("hits for the procedure's code").isEqualTo(1);
    }

    @AfterAll
    void the_services_run_again_whatever_happened() {
        if (replayingIndex != null) {
            replayingIndex.stop();
        }
        for (String name : List.of(RunningSuite.NOTIFICATION, RunningSuite.APPLICATIONS)) {
            if (!suite.service(name).isRunning()) {
                suite.service(name).restart();
            }
        }
    }

    /** The row counts once notification-service has no lag and two readings a second apart agree. */
    private Map<String, Long> settled(BrokerView broker) {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        return eventually().pollInterval(java.time.Duration.ofSeconds(1)).until(() -> {
            Map<String, Long> now = broker.lag(NOTIFICATION_GROUP, NOTIFICATION_TOPICS) == 0 ? rowCounts() : Map.of();
            return now.equals(last.getAndSet(now)) ? now : null;
        }, counts -> counts != null && !counts.isEmpty());
    }

    /** The number of procedures an instance's search finds for 情報政策課, all of them or those a query matches. */
    private long total(String instance, String query) {
        io.restassured.specification.RequestSpecification search = new Gateway(suite, instance).as(PROCEDURE_ADMIN);
        if (query != null) {
            search.queryParam("q", query);
        }
        return search.get("/api/v1/procedures").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** Rows per table of the consumers' databases ({@code notification.delivery} …). */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : DATABASES) {
            new Database(suite, name).rowCounts().forEach((table, rows) -> counts.put(name + "." + table, rows));
        }
        return counts;
    }
}
