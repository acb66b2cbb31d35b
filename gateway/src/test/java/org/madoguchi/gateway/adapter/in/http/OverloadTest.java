package org.madoguchi.gateway.adapter.in.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.FakeUpstream;
import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.Tokens;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A service that falls behind is shed, not queued for: with both of its connections taken (the test profile gives
 * applications-service's fake two, and lets two more requests wait), a further request is refused at once as busy;
 * a waiting request whose caller has left is never sent; and once the service catches up it answers the next caller
 * at once, its circuit still closed — the gateway never stays behind on requests nobody waits for.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class OverloadTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void a_busy_service_is_a_503_at_once_abandoned_requests_are_never_sent_and_it_answers_again_when_it_catches_up()
            throws Exception {
        FakeUpstream applications = FakeUpstreams.upstream("applications");
        List<Exchange> held = List.of(new Exchange("held-1"), new Exchange("held-2"));
        held.forEach(Exchange::send);
        await().atMost(Duration.ofSeconds(20)).until(() -> applications.receivedWithId("held-1").isPresent()
                && applications.receivedWithId("held-2").isPresent());

        // both connections are taken: two of these three wait for one, the third is refused at once
        List<Exchange> more = List.of(new Exchange("more-1"), new Exchange("more-2"), new Exchange("more-3"));
        more.forEach(Exchange::send);
        await().atMost(Duration.ofSeconds(15)).until(() -> more.stream().anyMatch(Exchange::answered));
        List<Exchange> refused = more.stream().filter(Exchange::answered).toList();
        assertThat(refused).hasSize(1);
        Exchange busy = refused.get(0);
        assertThat(busy.head()).startsWith("http/1.1 503").contains("content-type: application/problem+json")
                .contains("retry-after: 1");
        assertThat(busy.body()).contains("/upstream-busy").contains("ただいま混み合っています")
                .contains("サービス「applications」が混み合っているため");

        List<Exchange> waiting = more.stream().filter(exchange -> !exchange.answered()).toList();
        Exchange leaving = waiting.get(0);
        Exchange staying = waiting.get(1);
        leaving.leave();
        // give the gateway a moment to see the closed connection before connections free up
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);

        applications.releaseHeld();
        for (Exchange exchange : held) {
            assertThat(exchange.status()).isEqualTo(200);
        }
        assertThat(staying.status()).isEqualTo(200);
        given().auth().oauth2(Tokens.citizen()).header("X-Request-Id", "after-overload")
                .when().get("/api/v1/applications/mine")
                .then().statusCode(200).body("upstream", equalTo("applications"));

        assertThat(applications.receivedWithId(staying.id)).isPresent();
        assertThat(applications.receivedWithId("after-overload")).isPresent();
        assertThat(applications.receivedWithId(busy.id)).as("the refused request").isEmpty();
        assertThat(applications.receivedWithId(leaving.id)).as("the request whose caller left").isEmpty();
        String circuit = given().when().get("/q/health/group/upstreams").then().extract()
                .path("checks[0].data.'applications.circuit'");
        assertThat(circuit).as("being busy does not open the circuit").isEqualTo("CLOSED");
    }

    /**
     * A citizen's read of their applications on a connection of its own, written by hand so that the caller can leave
     * mid-wait (a read has no body: nothing but the gateway keeps it from being sent whole once a connection frees).
     */
    private final class Exchange {

        private final String id;
        private final CompletableFuture<List<String>> answer = new CompletableFuture<>();
        private Socket socket;

        Exchange(String id) {
            this.id = id;
        }

        void send() {
            try {
                socket = new Socket(gateway.getHost(), gateway.getPort());
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/v1/applications/mine HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n"
                        + "Authorization: Bearer " + Tokens.citizen() + "\r\nX-Request-Id: " + id + "\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            CompletableFuture.runAsync(() -> {
                try {
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    List<String> lines = new ArrayList<>();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                    answer.complete(lines);
                } catch (IOException e) {
                    answer.completeExceptionally(e);
                }
            });
        }

        boolean answered() {
            return answer.isDone();
        }

        void leave() throws IOException {
            socket.close();
        }

        int status() throws Exception {
            return Integer.parseInt(lines().get(0).split(" ")[1]);
        }

        String head() throws Exception {
            return lines().stream().takeWhile(line -> !line.isEmpty()).map(String::toLowerCase)
                    .collect(Collectors.joining("\n"));
        }

        String body() throws Exception {
            return lines().stream().dropWhile(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
        }

        private List<String> lines() throws Exception {
            return answer.get(30, TimeUnit.SECONDS);
        }
    }
}
