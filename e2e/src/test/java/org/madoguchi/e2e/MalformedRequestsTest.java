package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.e2e.SampleUsers.CITIZEN;
import static org.madoguchi.e2e.SampleUsers.EKINAN_DESK;
import static org.madoguchi.e2e.SampleUsers.INFO_POLICY;
import static org.madoguchi.e2e.SampleUsers.OPS;
import static org.madoguchi.e2e.SampleUsers.PROCEDURE_ADMIN;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.RunningSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bad input at volume: for each service, a thousand requests (by default) made from its own OpenAPI document
 * ({@code /q/openapi?format=json}, fetched from the running service) by {@link MalformedRequests}, each wrong in one
 * definite way, sent through the gateway with valid tokens of users the operation lets in. Every one is answered
 * with a 4xx RFC 9457 problem, none with a 5xx, and no table of the service's database gains or loses a row.
 */
@EndToEnd(logs = {RunningSuite.PROCEDURES, RunningSuite.APPLICATIONS, RunningSuite.LENDING, RunningSuite.NOTIFICATION})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE - 7)
class MalformedRequestsTest {

    /**
     * Requests per service: a thousand by default (each service's every operation many times over, in seconds);
     * more with {@code -Dmadoguchi.e2e.malformed-per-service=…}.
     */
    private static final int PER_SERVICE = Integer.getInteger("madoguchi.e2e.malformed-per-service", 1_000);
    private static final int IN_FLIGHT = 8;
    /** Users of every role: an operation is sent as the users it lets in (found by one probe each). */
    private static final List<String> USERS = List.of(CITIZEN, STAFF, PROCEDURE_ADMIN, INFO_POLICY, EKINAN_DESK, OPS);
    /** The same requests every run unless another seed is given ({@code -Dmadoguchi.e2e.seed=…}). */
    private static final long SEED = Long.getLong("madoguchi.e2e.seed", 20_261_201L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final RunningSuite suite;
    private final Gateway gateway;

    /** What one malformed request got. */
    private record Answer(MalformedRequests.Malformed request, String user, int status, String contentType,
                          String body) {

        boolean clientError() {
            return status >= 400 && status < 500;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        boolean conforming() {
            return clientError() && problem();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " for " + request + " as " + user + ": "
                    + (body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    MalformedRequestsTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
    }

    @Test
    @Order(1)
    void procedures_service_answers_thousands_of_malformed_requests_with_4xx_problems_and_stores_nothing()
            throws Exception {
        bombard(RunningSuite.PROCEDURES, "procedures");
    }

    @Test
    @Order(2)
    void applications_service_answers_thousands_of_malformed_requests_with_4xx_problems_and_stores_nothing()
            throws Exception {
        bombard(RunningSuite.APPLICATIONS, "applications");
    }

    @Test
    @Order(3)
    void device_lending_service_answers_thousands_of_malformed_requests_with_4xx_problems_and_stores_nothing()
            throws Exception {
        bombard(RunningSuite.LENDING, "lending");
    }

    @Test
    @Order(4)
    void notification_service_answers_thousands_of_malformed_requests_with_4xx_problems_and_stores_nothing()
            throws Exception {
        bombard(RunningSuite.NOTIFICATION, "notification");
    }

    private void bombard(String service, String databaseName) throws Exception {
        long began = System.nanoTime();
        Database database = new Database(suite, databaseName);
        JsonNode document = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(suite.service(service).url()
                        + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString()).body());
        MalformedRequests requests = new MalformedRequests(document);
        List<MalformedRequests.Operation> operations = requests.testable();
        USERS.forEach(gateway.users()::token);
        Map<String, Long> rowsBefore = database.rowCounts();
        Random random = new Random(SEED + service.hashCode());

        // one probe per operation and user: who is let in (not 401/403); the probes are malformed requests too
        List<Answer> answers = new ArrayList<>();
        Map<MalformedRequests.Operation, List<String>> allowed = new LinkedHashMap<>();
        List<Answer> probes = send(operations.stream().flatMap(operation -> USERS.stream()
                .map(user -> new Sending(requests.next(operation, suite.gatewayUrl(), gateway.users().token(user),
                        random), user))).toList());
        answers.addAll(probes);
        for (Answer probe : probes) {
            List<String> users = allowed.computeIfAbsent(probe.request().operation(), o -> new ArrayList<>());
            if (probe.status() != 401 && probe.status() != 403) {
                users.add(probe.user());
            }
        }
        List<Sending> volume = new ArrayList<>();
        for (int i = 0; volume.size() + probes.size() < PER_SERVICE; i++) {
            MalformedRequests.Operation operation = operations.get(i % operations.size());
            List<String> users = allowed.get(operation).isEmpty() ? USERS : allowed.get(operation);
            String user = users.get(random.nextInt(users.size()));
            volume.add(new Sending(requests.next(operation, suite.gatewayUrl(), gateway.users().token(user), random),
                    user));
        }
        answers.addAll(send(volume));
        Map<String, Long> rowsAfter = database.rowCounts();

        List<Answer> wrong = answers.stream().filter(a -> !a.conforming()).toList();
        long serverErrors = answers.stream().filter(a -> a.status() >= 500).count();
        long success = answers.stream().filter(a -> a.status() >= 200 && a.status() < 300).count();
        Map<String, Long> byStatus = answers.stream().collect(Collectors.groupingBy(a -> Integer.toString(a.status()),
                TreeMap::new, Collectors.counting()));
        Map<MalformedRequests.Defect, Long> byDefect = answers.stream().collect(Collectors.groupingBy(
                a -> a.request().defect(), TreeMap::new, Collectors.counting()));
        long notLetIn = allowed.values().stream().filter(List::isEmpty).count();
        wrong.stream().limit(15).forEach(a -> System.out.println("MalformedRequestsTest: " + service + " " + a));
        new Figures("MalformedRequestsTest").put(service + " operations", requests.operations().size())
                .put("with input to break", operations.size()).put("letting none of the sample users in", notLetIn)
                .put("by defect", byDefect).put("by status", byStatus).put("seed", SEED).print();
        new Figures("MalformedRequestsTest").put(service + " sent", answers.size())
                .put("4xx problems", answers.stream().filter(Answer::conforming).count())
                .put("2xx", success).put("5xx", serverErrors).put("not a 4xx problem", wrong.size())
                .put("rows before", rowsBefore.values().stream().mapToLong(Long::longValue).sum())
                .put("rows after", rowsAfter.values().stream().mapToLong(Long::longValue).sum())
                .put("took s", (System.nanoTime() - began) / 1e9).print();
        // nothing is to be stored: a row more is a write that got through (a duplicate), a row less a loss
        new Figures("MalformedRequestsTest").put(service + " sent", answers.size()).put("accepted", success)
                .put("delivered", 0).put("duplicates", rowChange(rowsBefore, rowsAfter))
                .put("lost", rowChange(rowsAfter, rowsBefore)).put("5xx", serverErrors).print();

        assertThat(answers).hasSizeGreaterThanOrEqualTo(PER_SERVICE);
        assertThat(serverErrors).as("5xx answers").isZero();
        assertThat(success).as("2xx answers").isZero();
        assertThat(wrong).as("answers that are not a 4xx problem").isEmpty();
        assertThat(rowsAfter).as("rows per table").isEqualTo(rowsBefore);
    }

    /** The rows {@code to} has more than {@code from}, summed over the tables that grew. */
    private static long rowChange(Map<String, Long> from, Map<String, Long> to) {
        return to.entrySet().stream().mapToLong(e -> e.getValue() - from.getOrDefault(e.getKey(), 0L))
                .filter(n -> n > 0).sum();
    }

    /** One request about to be sent, as one user. */
    private record Sending(MalformedRequests.Malformed request, String user) {
    }

    /** Sends the requests, {@value #IN_FLIGHT} at a time, and returns what each got. */
    private List<Answer> send(List<Sending> requests) throws InterruptedException {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (Sending sending : requests) {
            slots.acquire();
            pending.add(HTTP.sendAsync(sending.request().request(), HttpResponse.BodyHandlers.ofString())
                    .orTimeout(SteadyLoad.ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((response, failure) -> {
                        answers.add(failure == null
                                ? new Answer(sending.request(), sending.user(), response.statusCode(),
                                        response.headers().firstValue("Content-Type").orElse(null), response.body())
                                : new Answer(sending.request(), sending.user(), 0, null, failure.toString()));
                        slots.release();
                        return null;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new ArrayList<>(answers);
    }
}
