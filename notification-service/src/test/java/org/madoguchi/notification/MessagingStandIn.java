package org.madoguchi.notification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A local HTTP server shaped like the LINE Messaging API push endpoint: it records every call and answers 200,
 * or fails on demand (per user id) with a status a test chooses. A repeated retry key is answered 409, as LINE does.
 */
@Startup
@ApplicationScoped
public class MessagingStandIn {

    /** One recorded push: the headers that matter and the body. */
    public record Push(String authorization, String retryKey, String to, JsonNode body, int answeredWith) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Vertx vertx;
    private final List<Push> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> accepted = new ConcurrentHashMap<>();
    private HttpServer server;

    MessagingStandIn(@ConfigProperty(name = "madoguchi.test.messaging-port") int port, Vertx vertx) {
        this.port = port;
        this.vertx = vertx;
    }

    @PostConstruct
    void start() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(buffer -> {
            JsonNode body;
            try {
                body = JSON.readTree(buffer.getBytes());
            } catch (Exception e) {
                request.response().setStatusCode(400).end();
                return;
            }
            String to = body.path("to").asText();
            String retryKey = request.getHeader("X-Line-Retry-Key");
            int status;
            AtomicInteger failing = failures.get(to);
            if (!"/v2/bot/message/push".equals(request.path())) {
                status = 404;
            } else if (failing != null && failing.getAndDecrement() > 0) {
                status = 503;
            } else if (retryKey != null && accepted.putIfAbsent(retryKey, Boolean.TRUE) != null) {
                status = 409;
            } else {
                status = 200;
            }
            calls.add(new Push(request.getHeader("Authorization"), retryKey, to, body, status));
            request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end("{}");
        })).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        server.close();
    }

    /** The next {@code times} pushes to the user fail with 503. */
    public void failNext(String userId, int times) {
        failures.put(userId, new AtomicInteger(times));
    }

    /** Every push to the user fails with 503 from now on. */
    public void failAlways(String userId) {
        failures.put(userId, new AtomicInteger(Integer.MAX_VALUE));
    }

    /** Every call made for the user, in order. */
    public List<Push> callsTo(String userId) {
        return calls.stream().filter(c -> c.to().equals(userId)).toList();
    }
}
