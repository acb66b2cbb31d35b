package org.madoguchi.gateway.adapter.in.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.Tokens;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Operators watch every topic's events, filtered, resumable, and a slow client is told what it missed. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class OpsEventStreamTest {

    private static final String CANCELLED = "madoguchi.lending.reservation-cancelled.v1";
    private static final String APPROVED = "madoguchi.lending.reservation-approved.v1";
    private static final Pattern DROPPED = Pattern.compile("\\{\"dropped\":(\\d+)}");

    private static KafkaProducer<String, String> producer;

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void connect_a_producer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "5"), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void close_the_producer() {
        producer.close();
    }

    private static String publish(String topic, String type, String subject, String padding) {
        String id = UUID.randomUUID().toString();
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/madoguchi/test\",\"type\":\""
                + type + "\",\"subject\":\"" + subject + "\",\"time\":\"" + Instant.now()
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"reservationId\":\"" + subject
                + "\",\"padding\":\"" + padding + "\"}}";
        producer.send(new ProducerRecord<>(topic, subject, envelope));
        return id;
    }

    /** One SSE event as a client reads it. */
    private record Event(String name, String id, String data) {
    }

    /** A raw client of the stream: reads only when told to, through a small receive window. */
    private final class Watcher implements AutoCloseable {

        private final Socket socket = new Socket();
        private final BufferedReader in;

        Watcher(String query, String lastEventId) throws IOException {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()));
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/ops/events" + query + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Bearer " + Tokens.ops() + "\r\n"
                    + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertThat(status).startsWith("HTTP/1.1 200");
            for (String line = in.readLine(); line != null && !line.contains(": connected"); line = in.readLine()) {
                // headers and the first chunk's size, up to the stream's first comment
            }
        }

        /** The next event; chunk sizes and comments are skipped. */
        Event next() throws IOException {
            String name = "message";
            String id = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    return new Event(name, id, line.substring(6));
                }
            }
            throw new IOException("the stream ended");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void is_for_operators_only() {
        given().when().get("/api/v1/ops/events").then().statusCode(401)
                .body("type", endsWith("/sign-in-required"));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/ops/events").then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("権限がありません"));
        given().auth().oauth2(Tokens.ops()).header("Last-Event-ID", "not a position")
                .when().get("/api/v1/ops/events").then().statusCode(400)
                .body("type", endsWith("/invalid-last-event-id"));
    }

    @Test
    void passes_on_only_the_events_of_the_type_and_subject_asked_for() throws Exception {
        String watched = "res-" + UUID.randomUUID();
        String other = "res-" + UUID.randomUUID();
        try (Watcher watcher = new Watcher("?type=" + CANCELLED + "&subject=" + watched, null)) {
            String first = publish("lending.events", CANCELLED, watched, "");
            publish("lending.events", CANCELLED, other, "");
            publish("lending.events", APPROVED, watched, "");
            publish("applications.events", "madoguchi.applications.application-submitted.v1", watched, "");
            String second = publish("lending.events", CANCELLED, watched, "");
            producer.flush();
            Event one = watcher.next();
            Event two = watcher.next();
            assertThat(one.data()).contains("\"id\":\"" + first + "\"").contains("\"type\":\"" + CANCELLED + "\"");
            assertThat(two.data()).contains("\"id\":\"" + second + "\"");
            assertThat(one.id()).contains("lending.events:").contains("applications.events:");
        }
    }

    @Test
    void resumes_after_the_last_event_id_in_every_partition() throws Exception {
        String subject = "res-" + UUID.randomUUID();
        List<String> published = new ArrayList<>();
        String resumeFrom;
        try (Watcher watcher = new Watcher("?subject=" + subject, null)) {
            for (int i = 0; i < 3; i++) {
                published.add(publish("lending.events", CANCELLED, subject, ""));
            }
            producer.flush();
            resumeFrom = watcher.next().id();
            watcher.next();
            watcher.next();
        }
        try (Watcher again = new Watcher("?subject=" + subject, resumeFrom)) {
            assertThat(again.next().data()).contains(published.get(1));
            assertThat(again.next().data()).contains(published.get(2));
            String later = publish("lending.events", APPROVED, subject, "");
            producer.flush();
            assertThat(again.next().data()).contains(later);
        }
    }

    @Test
    void a_client_too_slow_to_keep_up_is_told_how_many_events_it_missed() throws Exception {
        String subject = "res-" + UUID.randomUUID();
        String padding = "x".repeat(2000);
        int published = 4000;
        double droppedBefore = droppedSoFar();
        try (Watcher slow = new Watcher("?subject=" + subject, null)) {
            for (int i = 0; i < published; i++) {
                publish("lending.events", CANCELLED, subject, padding);
            }
            producer.flush();
            // the client has not read a byte meanwhile: its backlog of 16 overflowed
            await().atMost(Duration.ofSeconds(60)).until(() -> droppedSoFar() > droppedBefore);
            long events = 0;
            long dropped = 0;
            while (events + dropped < published) {
                Event next = slow.next();
                if (next.name().equals("dropped")) {
                    Matcher count = DROPPED.matcher(next.data());
                    assertThat(count.matches()).isTrue();
                    dropped += Long.parseLong(count.group(1));
                } else {
                    assertThat(next.data()).contains(subject);
                    events++;
                }
            }
            assertThat(dropped).isPositive();
            assertThat(events + dropped).isEqualTo(published);
        }
    }

    private static double droppedSoFar() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("madoguchi_ops_stream_dropped_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
