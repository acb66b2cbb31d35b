package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.OTHER_CITIZEN;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.madoguchi.contracts.Topics;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.PackagedService;
import org.madoguchi.e2e.suite.RunningSuite;

/**
 * A service dies (SIGKILL: no shutdown, whatever it was doing cut short) while requests stream in, and is started
 * again: applications-service during submissions, then device-lending-service during bookings. Every request it
 * answered 2xx is in its database; nothing is stored half (each row with its history and its event); and the
 * events its outbox still held when it died are published once it is back. So that the outbox surely holds some,
 * the test holds the relay's advisory lock during the load, as a relay that has fallen behind would leave them.
 */
@EndToEnd(logs = {RunningSuite.APPLICATIONS, RunningSuite.LENDING})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE - 4)
class ServiceKilledTest {

    /** The advisory lock eventing's {@code OutboxRelay} takes for each publishing run: one relay per database. */
    private static final long RELAY_LOCK = 0x6d61646f_6f757462L;
    private static final double PER_SECOND = 5;
    /** Requests accepted before the kill, and requests sent to the dead service before it is started again. */
    private static final int BEFORE = 12;
    private static final int WHILE_DEAD = 5;
    /** What the gateway answers for a service it cannot reach, or that broke off. */
    private static final Set<String> GATEWAY_PROBLEMS = Set.of("upstream-unavailable", "upstream-failed",
            "upstream-timeout");
    private static final String SITE = "honchosha";
    /** The number of the first request after the restart (a booking's slot). */
    private static final int AFTER_THE_RESTART = 10_000;

    private final RunningSuite suite;
    private final Gateway gateway;

    ServiceKilledTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
    }

    @Test
    @Order(1)
    void applications_service_killed_during_submissions_keeps_every_accepted_one_and_publishes_its_unsent_events()
            throws Exception {
        OnlineForm form = OnlineForm.publish(gateway, "故障試験（申請サービス停止）", OTHER_CITIZEN);
        Database db = new Database(suite, "applications");
        Kill kill = killDuringLoad("applications-service", suite.service(RunningSuite.APPLICATIONS), db,
                n -> form.submission(suite.gatewayUrl(), gateway.users().token(OTHER_CITIZEN), n));

        Set<String> accepted = kill.accepted("applicationId");
        List<String> stored = db.texts("select id::text from application where form_id = ?::uuid", form.id());
        // each application with its first step, its event and the Idempotency-Key it completed, or it is partial
        List<String> partial = db.texts("select a.id::text from application a where a.form_id = ?::uuid and ("
                + " not exists (select 1 from application_step s where s.application_id = a.id and s.step = 1)"
                + " or (select count(*) from event_outbox o where o.message_key = a.id::text and o.event_type = ?) <> 1"
                + " or not exists (select 1 from idempotency_key k where k.application_id = a.id"
                + " and k.state = 'COMPLETED'))", form.id(), KafkaBrokerKilledTest.SUBMITTED);
        kill.report("applications-service", "notification-service.applications", accepted, stored, partial);
    }

    @Test
    @Order(2)
    void device_lending_service_killed_during_bookings_keeps_every_accepted_one_and_publishes_its_unsent_events()
            throws Exception {
        Database db = new Database(suite, "lending");
        // one-hour bookings of the site, each in a slot of its own two months ahead: none overlaps another
        Instant first = LocalDate.now(LendingDeskTest.CITY).plusDays(60).atStartOfDay(LendingDeskTest.CITY)
                .toInstant();
        String note = "故障試験 " + UUID.randomUUID();
        Kill kill = killDuringLoad("device-lending-service", suite.service(RunningSuite.LENDING), db,
                n -> booking(first.plus(90L * n, ChronoUnit.MINUTES), note, gateway.users().token(STAFF), n));

        Set<String> accepted = kill.accepted("id");
        List<String> stored = db.texts("select id::text from reservation where note = ?", note);
        List<String> partial = db.texts("select r.id::text from reservation r where r.note = ? and"
                + " (select count(*) from event_outbox o where o.message_key = r.id::text) <> 1", note);
        kill.report("device-lending-service", "notification-service.lending", accepted, stored, partial);
    }

    @AfterAll
    void the_services_run_again_whatever_happened() {
        for (String name : List.of(RunningSuite.APPLICATIONS, RunningSuite.LENDING)) {
            if (!suite.service(name).isRunning()) {
                suite.service(name).restart();
            }
        }
    }

    /** What a kill during a stream of requests left, read once the service is back. */
    private final class Kill {

        private final List<SteadyLoad.Outcome> outcomes;
        private final int exitStatus;
        private final List<String> unsentAtTheKill;
        private final double restartedIn;
        private final long servedAfterTheRestart;
        private final long notServedOnceBack;
        private final Database db;

        Kill(List<SteadyLoad.Outcome> outcomes, int exitStatus, List<String> unsentAtTheKill, double restartedIn,
                long servedAfterTheRestart, long notServedOnceBack, Database db) {
            this.outcomes = outcomes;
            this.exitStatus = exitStatus;
            this.unsentAtTheKill = unsentAtTheKill;
            this.restartedIn = restartedIn;
            this.servedAfterTheRestart = servedAfterTheRestart;
            this.notServedOnceBack = notServedOnceBack;
            this.db = db;
        }

        Set<String> accepted(String idField) {
            return outcomes.stream().filter(SteadyLoad.Outcome::accepted).map(o -> o.json().path(idField).asText())
                    .collect(Collectors.toSet());
        }

        /**
         * Prints the figures and asserts on them.
         *
         * @param consumer notification-service's consumer of the service's events, which must apply each once
         */
        void report(String service, String consumer, Set<String> accepted, List<String> stored, List<String> partial)
                throws Exception {
            Set<String> missing = new HashSet<>(accepted);
            missing.removeAll(stored);
            long storedWithoutAnswer = stored.stream().filter(id -> !accepted.contains(id)).count();
            long refusedByTheGateway = outcomes.stream().filter(o -> !o.accepted()
                    && GATEWAY_PROBLEMS.contains(o.problemType())).count();
            long otherFailures = outcomes.stream().filter(o -> !o.accepted()
                    && !GATEWAY_PROBLEMS.contains(o.problemType())).count();
            long serviceErrors = outcomes.stream().filter(o -> o.serverError()
                    && !GATEWAY_PROBLEMS.contains(o.problemType())).count();
            List<String> stillUnsent = db.texts("select event_id::text from event_outbox where published_at is null"
                    + " and event_id::text = any(?)", unsentAtTheKill);
            Set<String> onTopic;
            try (BrokerView broker = new BrokerView(suite.kafkaBootstrapServers())) {
                onTopic = new HashSet<>(broker.eventIds(service.startsWith("applications") ? Topics.APPLICATIONS
                        : Topics.LENDING));
            }
            long unsentNotOnTopic = unsentAtTheKill.stream().filter(id -> !onTopic.contains(id)).count();
            // the effect downstream: notification-service applies the event of every stored row once
            List<String> events = db.texts("select event_id::text from event_outbox where message_key = any(?)", stored);
            Database notifications = new Database(suite, "notification");
            try {
                eventually().until(() -> notifications.count("select count(*) from processed_event where consumer = ?"
                        + " and event_id::text = any(?)", consumer, events) == events.size());
            } catch (ConditionTimeoutException notAll) {
                // the figures below tell how many are missing
            }
            long delivered = notifications.count("select count(*) from processed_event where consumer = ?"
                    + " and event_id::text = any(?)", consumer, events);
            long duplicates = db.count("select count(*) from (select message_key from event_outbox"
                    + " where message_key = any(?) group by message_key having count(*) > 1) twice", stored)
                    + notifications.count("select count(*) from (select source_id from notification"
                    + " where source_id = any(?) group by source_id, recipient, kind having count(*) > 1) twice", events);
            long lost = missing.size() + (events.size() - delivered);
            new Figures("ServiceKilledTest").put(service + " exit status", exitStatus)
                    .put("restarted in s", restartedIn).put("2xx after the restart", servedAfterTheRestart)
                    .put("not served once back", notServedOnceBack)
                    .put("unsent events at the kill", unsentAtTheKill.size())
                    .put("published after the restart", unsentAtTheKill.size() - stillUnsent.size())
                    .put("of them on the topic", unsentAtTheKill.size() - unsentNotOnTopic)
                    .put("refused by the gateway while it was dead", refusedByTheGateway)
                    .put("stored without an answer", storedWithoutAnswer).put("other failures", otherFailures)
                    .put("partial writes", partial.size()).print();
            new Figures("ServiceKilledTest").put(service + " sent", outcomes.size())
                    .put("accepted", accepted.size()).put("rows", stored.size())
                    .put("delivered", delivered + "/" + events.size()).put("duplicates", duplicates)
                    .put("lost", lost).put("5xx of the service", serviceErrors).print();

            assertThat(exitStatus).as("exit status: 128 + SIGKILL").isEqualTo(137);
            assertThat(accepted).as("2xx before the kill").hasSizeGreaterThanOrEqualTo(BEFORE);
            assertThat(missing).as("2xx answers whose row is missing").isEmpty();
            assertThat(partial).as("rows without their history or event").isEmpty();
            assertThat(serviceErrors).as("5xx answers of the service itself").isZero();
            assertThat(otherFailures).as("failures other than the gateway's for a dead service").isZero();
            assertThat(unsentAtTheKill).as("events the outbox held when the service died").isNotEmpty();
            assertThat(stillUnsent).as("of them still unpublished after the restart").isEmpty();
            assertThat(unsentNotOnTopic).as("of them not on the topic").isZero();
            assertThat(notServedOnceBack).as("requests not served after the first one served again").isZero();
            assertThat(duplicates).as("events written or applied more than once").isZero();
            assertThat(lost).as("2xx answers not stored, or whose event notification-service did not apply").isZero();
        }
    }

    private Kill killDuringLoad(String name, PackagedService service, Database db, IntFunction<SteadyLoad.Request> next)
            throws Exception {
        List<SteadyLoad.Outcome> outcomes;
        long killedAt;
        int exitStatus;
        List<String> unsent;
        try (Connection relayLock = db.connect()) {
            try (PreparedStatement lock = relayLock.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                lock.execute();
            }
            long began = System.nanoTime();
            try (SteadyLoad load = SteadyLoad.start(name, PER_SECOND, next)) {
                eventually().until(() -> load.acceptedSince(began) >= BEFORE);
                killedAt = System.nanoTime();
                exitStatus = service.kill();
                eventually().until(() -> load.answeredSince(killedAt) >= WHILE_DEAD);
                outcomes = load.stop();
            }
            // the dead service's outbox as it left it: nothing relays it now
            unsent = db.texts("select event_id::text from event_outbox where published_at is null");
        }
        long restarting = System.nanoTime();
        service.restart();
        long restarted = System.nanoTime();
        // the gateway tries the service again once its circuit lets a call through (until then it answers 503 for
        // it); from the first 2xx on, every request is served
        List<SteadyLoad.Outcome> after;
        try (SteadyLoad load = SteadyLoad.start(name + "-after", PER_SECOND, n -> next.apply(AFTER_THE_RESTART + n))) {
            eventually().until(() -> load.acceptedSince(restarted) >= 5);
            after = load.stop();
        }
        // from the first answer served again on, every request is served (those sent while the gateway's trial call
        // was still under way may be turned away by its half-open circuit)
        long firstServed = after.stream().filter(SteadyLoad.Outcome::accepted)
                .mapToLong(SteadyLoad.Outcome::answeredAt).min().orElseThrow();
        List<SteadyLoad.Outcome> notServed = after.stream().filter(o -> o.sentAfter(firstServed) && !o.accepted())
                .toList();
        notServed.forEach(o -> System.out.println("ServiceKilledTest: " + name + " not served once back: " + o));
        long notServedAfterTheFirst = notServed.size();
        List<SteadyLoad.Outcome> all = new ArrayList<>(outcomes);
        all.addAll(after);
        eventually().until(() -> db.count("select count(*) from event_outbox where published_at is null"
                + " and event_id::text = any(?)", unsent) == 0);
        return new Kill(all, exitStatus, unsent, (restarted - restarting) / 1e9,
                after.stream().filter(SteadyLoad.Outcome::accepted).count(), notServedAfterTheFirst, db);
    }

    /** The n-th booking of a stream: staff1 books any device of the site for an hour at {@code start}. */
    private SteadyLoad.Request booking(Instant start, String note, String token, int number) {
        String body = "{\"siteCode\":\"" + SITE + "\",\"start\":\"" + start + "\",\"end\":\""
                + start.plus(1, ChronoUnit.HOURS) + "\",\"purpose\":\"TELEWORK\",\"note\":\"" + note + "\"}";
        return new SteadyLoad.Request("booking-" + number, HttpRequest.newBuilder(URI.create(suite.gatewayUrl()
                        + "/api/v1/lending/reservations"))
                .timeout(SteadyLoad.ANSWER_WITHIN)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ja")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
