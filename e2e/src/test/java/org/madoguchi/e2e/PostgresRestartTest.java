package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.OTHER_CITIZEN;
import static org.madoguchi.e2e.SampleUsers.PROCEDURE_ADMIN;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.RunningSuite;

/**
 * PostgreSQL, the one server of every service's database, is restarted (a fast shutdown, then started again on the
 * same data) while requests of every service stream in through the gateway. While it is down, whatever needs the
 * database is a 503 problem to try again, never a 500, and nothing is stored half; once it is back the services
 * serve everything again without being restarted themselves: their connection pools replace the dead connections.
 */
@EndToEnd(logs = {RunningSuite.APPLICATIONS, RunningSuite.LENDING, RunningSuite.PROCEDURES,
        RunningSuite.NOTIFICATION, "postgres"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE - 3)
class PostgresRestartTest {

    private static final double PER_SECOND = 10;
    private static final int BEFORE = 20;
    private static final int WHILE_DOWN = 25;
    /** Requests served in a row once PostgreSQL is back that show every service serves again. */
    private static final int AFTER = 30;
    private static final String SITE = "saji";

    /** The kinds of request of the stream, one after the other: writes and reads of each service. */
    private enum Kind {
        SUBMISSION, MY_APPLICATIONS, BOOKING, SITES, INBOX, REGISTRATION, DEPARTMENT
    }

    private final RunningSuite suite;
    private final Gateway gateway;
    private final String note = "故障試験 " + UUID.randomUUID();
    private final Instant firstSlot = LocalDate.now(LendingDeskTest.CITY).plusDays(90)
            .atStartOfDay(LendingDeskTest.CITY).toInstant();
    private OnlineForm form;

    PostgresRestartTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
    }

    @Test
    void while_postgresql_restarts_the_services_answer_503_store_nothing_half_and_then_serve_again_on_their_own()
            throws Exception {
        form = OnlineForm.publish(gateway, "故障試験（データベース再起動）", OTHER_CITIZEN);
        // fresh tokens, so that none is renewed while Keycloak's database is down too
        List.of(OTHER_CITIZEN, STAFF, PROCEDURE_ADMIN).forEach(gateway.users()::token);
        long began = System.nanoTime();
        long downAt;
        long upAt;
        List<SteadyLoad.Outcome> outcomes;
        try (SteadyLoad load = SteadyLoad.start("postgres-restart", PER_SECOND, this::request)) {
            eventually().until(() -> load.answeredSince(began) >= BEFORE);
            downAt = System.nanoTime();
            suite.postgres().shutDown();
            eventually().until(() -> load.answeredSince(downAt) >= WHILE_DOWN);
            suite.postgres().startAgain(Duration.ofSeconds(60));
            upAt = System.nanoTime();
            // until the last AFTER answers were all served
            eventually().until(() -> {
                List<SteadyLoad.Outcome> recent = load.answered().stream().filter(o -> o.sentAfter(upAt))
                        .sorted(java.util.Comparator.comparingLong(SteadyLoad.Outcome::sentAt)).toList();
                return recent.size() >= AFTER
                        && recent.subList(recent.size() - AFTER, recent.size()).stream().allMatch(SteadyLoad.Outcome::accepted);
            });
            outcomes = load.stop();
        }
        long servedAgainAt = outcomes.stream().filter(o -> o.sentAfter(upAt) && !o.accepted())
                .mapToLong(SteadyLoad.Outcome::sentAt).max().orElse(upAt);

        // answered before the shutdown began; those still under way then may meet it (a 503 like those after)
        List<SteadyLoad.Outcome> before = outcomes.stream().filter(o -> o.answeredAt() - downAt < 0).toList();
        List<SteadyLoad.Outcome> whileDown = outcomes.stream().filter(o -> o.sentAfter(downAt) && !o.sentAfter(upAt))
                .toList();
        List<SteadyLoad.Outcome> once = outcomes.stream().filter(o -> o.sentAfter(servedAgainAt)).toList();
        long serverErrors = outcomes.stream().filter(SteadyLoad.Outcome::serverError).count();
        List<SteadyLoad.Outcome> not503Problems = outcomes.stream().filter(o -> !o.accepted()
                && !PostgresRestartTest.unavailable(o)).toList();
        long unavailable = outcomes.stream().filter(PostgresRestartTest::unavailable).count();

        // what the writes left: every 2xx stored, nothing stored without a 2xx, nothing half
        Set<String> acceptedSubmissions = ids(outcomes, Kind.SUBMISSION, "applicationId");
        Set<String> acceptedBookings = ids(outcomes, Kind.BOOKING, "id");
        Set<String> acceptedRegistrations = ids(outcomes, Kind.REGISTRATION, "id");
        Database applications = new Database(suite, "applications");
        Database lending = new Database(suite, "lending");
        Database procedures = new Database(suite, "procedures");
        Set<String> submissions = new HashSet<>(applications.texts("select id::text from application"
                + " where form_id = ?::uuid", form.id()));
        Set<String> bookings = new HashSet<>(lending.texts("select id::text from reservation where note = ?", note));
        Set<String> registrations = new HashSet<>(procedures.texts("select id::text from procedure"
                + " where name = ?", note));
        long partial = applications.count("select count(*) from application a where a.form_id = ?::uuid and ("
                + " not exists (select 1 from application_step s where s.application_id = a.id)"
                + " or (select count(*) from event_outbox o where o.message_key = a.id::text) <> 1)", form.id())
                + lending.count("select count(*) from reservation r where r.note = ? and"
                + " (select count(*) from event_outbox o where o.message_key = r.id::text) <> 1", note)
                + procedures.count("select count(*) from procedure p where p.name = ? and"
                + " not exists (select 1 from event_outbox o where o.message_key = p.id::text)", note);
        long rows = submissions.size() + bookings.size() + registrations.size();
        long accepted = acceptedSubmissions.size() + acceptedBookings.size() + acceptedRegistrations.size();
        long lost = missing(acceptedSubmissions, submissions) + missing(acceptedBookings, bookings)
                + missing(acceptedRegistrations, registrations);
        long withoutAnswer = missing(submissions, acceptedSubmissions) + missing(bookings, acceptedBookings)
                + missing(registrations, acceptedRegistrations);

        // every 2xx write's event leaves the outbox once the database is back: none lost, none written twice
        List<String> writes = new java.util.ArrayList<>(acceptedSubmissions);
        writes.addAll(acceptedBookings);
        writes.addAll(acceptedRegistrations);
        List<Database> databases = List.of(applications, lending, procedures);
        try {
            eventually().until(() -> unpublished(databases, writes) == 0);
        } catch (org.awaitility.core.ConditionTimeoutException notAll) {
            // the figures below tell how many are left
        }
        long events = 0;
        long duplicates = 0;
        for (Database db : databases) {
            events += db.count("select count(*) from event_outbox where message_key = any(?)", writes);
            duplicates += db.count("select count(*) from (select message_key from event_outbox"
                    + " where message_key = any(?) group by message_key, event_type having count(*) > 1) twice", writes);
        }
        long delivered = events - unpublished(databases, writes);
        long whileDown503 = whileDown.stream().filter(PostgresRestartTest::unavailable).count();

        new Figures("PostgresRestartTest")
                .put("down s", (upAt - downAt) / 1e9)
                .put("every service served again s after the start", (servedAgainAt - upAt) / 1e9)
                .put("2xx before", before.stream().filter(SteadyLoad.Outcome::accepted).count() + "/" + before.size())
                .put("503 problems while down", whileDown503 + "/" + whileDown.size())
                .put("2xx once back", once.stream().filter(SteadyLoad.Outcome::accepted).count() + "/" + once.size())
                .put("2xx while down by kind", whileDown.stream().collect(Collectors.groupingBy(SteadyLoad.Outcome::tag,
                        java.util.TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), kind -> kind.stream()
                                .filter(SteadyLoad.Outcome::accepted).count() + "/" + kind.size()))))
                .put("503 service-unavailable", unavailable).put("other failures", not503Problems.size())
                .put("writes 2xx", accepted).put("rows", rows).put("stored without a 2xx", withoutAnswer)
                .put("partial writes", partial).print();

        // Keycloak keeps its realms on the same server, and its pool hands out a dead connection once each before
        // it drops it: a sign-in fails until the pool holds live ones again
        long signInFrom = System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger signIns = new java.util.concurrent.atomic.AtomicInteger();
        String freshToken = eventually().pollInterval(Duration.ofMillis(200)).until(() -> {
            signIns.incrementAndGet();
            return new SampleUsers(suite.issuer()).token(SampleUsers.CITIZEN);
        }, token -> !token.isBlank());
        new Figures("PostgresRestartTest").put("Keycloak signs in again after attempts", signIns.get())
                .put("s", (System.nanoTime() - signInFrom) / 1e9).print();
        new Figures("PostgresRestartTest").put("sent", outcomes.size())
                .put("accepted", outcomes.stream().filter(SteadyLoad.Outcome::accepted).count())
                .put("delivered", delivered + "/" + events).put("duplicates", duplicates).put("lost", lost)
                .put("5xx other than 503 problems", serverErrors - unavailable).print();

        assertThat(before).as("answers before the restart").isNotEmpty()
                .allSatisfy(o -> assertThat(o.accepted()).isTrue());
        assertThat(whileDown503).as("503 service-unavailable problems while PostgreSQL was down").isPositive();
        assertThat(not503Problems).as("answers neither 2xx nor a 503 service-unavailable problem")
                .extracting(o -> o.status() + " " + o.problemType() + " " + o.error()).isEmpty();
        assertThat(serverErrors - unavailable).as("5xx answers other than 503 problems").isZero();
        assertThat(lost).as("2xx writes not stored").isZero();
        // a write whose commit PostgreSQL made just as it shut down, before the service heard of it, is answered 503
        // though stored (the commit's outcome is unknown to the service): whole, never half; the figures show them
        // and a retry with the same Idempotency-Key finds it
        assertThat(partial).as("rows without their history or event").isZero();
        assertThat(duplicates).as("writes with an event of one type twice").isZero();
        assertThat(events).as("events of 2xx writes").isGreaterThanOrEqualTo(writes.size());
        assertThat(delivered).as("events of 2xx writes published once PostgreSQL was back").isEqualTo(events);
        assertThat(once).as("answers once every service serves again").isNotEmpty()
                .allSatisfy(o -> assertThat(o.accepted()).isTrue());
        assertThat(freshToken).isNotBlank();
    }

    /** The events of these writes still in their outboxes, not yet published. */
    private static long unpublished(List<Database> databases, List<String> writes) throws java.sql.SQLException {
        long left = 0;
        for (Database db : databases) {
            left += db.count("select count(*) from event_outbox where published_at is null and message_key = any(?)",
                    writes);
        }
        return left;
    }

    @AfterAll
    void postgresql_runs_again_whatever_happened() {
        try {
            suite.postgres().startAgain(Duration.ofSeconds(60));
        } catch (IllegalStateException notShutDown) {
            // it runs
        }
    }

    private SteadyLoad.Request request(int number) {
        Kind kind = Kind.values()[number % Kind.values().length];
        String tag = kind.name();
        return switch (kind) {
            case SUBMISSION -> new SteadyLoad.Request(tag, form.submission(suite.gatewayUrl(),
                    gateway.users().token(OTHER_CITIZEN), number).request());
            case MY_APPLICATIONS -> get(tag, "/api/v1/applications/mine", OTHER_CITIZEN);
            case BOOKING -> {
                Instant start = firstSlot.plus(90L * number, ChronoUnit.MINUTES);
                yield post(tag, "/api/v1/lending/reservations", STAFF, "{\"siteCode\":\"" + SITE + "\",\"start\":\""
                        + start + "\",\"end\":\"" + start.plus(1, ChronoUnit.HOURS)
                        + "\",\"purpose\":\"TELEWORK\",\"note\":\"" + note + "\"}");
            }
            case SITES -> get(tag, "/api/v1/lending/sites", STAFF);
            case INBOX -> get(tag, "/api/v1/notifications/inbox", OTHER_CITIZEN);
            case REGISTRATION -> post(tag, "/api/v1/procedures", PROCEDURE_ADMIN, "{\"code\":\"PG-"
                    + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "\",\"name\":\"" + note
                    + "\",\"kana\":\"こしょうしけん\",\"departmentCode\":\"joho-seisaku\",\"category\":\"情報\"}");
            case DEPARTMENT -> get(tag, "/api/v1/departments/joho-seisaku", PROCEDURE_ADMIN);
        };
    }

    private SteadyLoad.Request get(String tag, String path, String user) {
        return new SteadyLoad.Request(tag, base(path, user).GET().build());
    }

    private SteadyLoad.Request post(String tag, String path, String user, String json) {
        return new SteadyLoad.Request(tag, base(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder base(String path, String user) {
        return HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path)).timeout(SteadyLoad.ANSWER_WITHIN)
                .header("Authorization", "Bearer " + gateway.users().token(user)).header("Accept-Language", "ja");
    }

    /** The service's own answer while its database is out of reach: a 503 {@code service-unavailable} problem. */
    private static boolean unavailable(SteadyLoad.Outcome outcome) {
        return outcome.status() == 503 && outcome.problem() && "service-unavailable".equals(outcome.problemType());
    }

    private static Set<String> ids(List<SteadyLoad.Outcome> outcomes, Kind kind, String field) {
        return outcomes.stream().filter(o -> o.accepted() && kind.name().equals(o.tag()))
                .map(o -> o.json().path(field).asText()).collect(Collectors.toSet());
    }

    private static long missing(Set<String> expected, Set<String> found) {
        return expected.stream().filter(id -> !found.contains(id)).count();
    }
}
