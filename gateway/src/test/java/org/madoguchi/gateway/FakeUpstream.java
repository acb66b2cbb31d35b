package org.madoguchi.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A service behind the gateway, played by a small Vert.x HTTP server that records what it receives: its
 * readiness and OpenAPI endpoints, an SSE stream at {@code …/inbox/stream} that sends its second event only when the
 * test releases it, and for everything else a JSON answer naming the service and the bytes of the body it counted as
 * they arrived; {@code …/never-answers} never answers, and a request whose id starts with {@code held-} is answered
 * only when the test lets it ({@link #releaseHeld()}).
 */
public final class FakeUpstream {

    /** One request as the service saw it. */
    public record Received(String method, String uri, Map<String, List<String>> headers, long bodyBytes) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private final String name;
    private final Vertx vertx;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> arriving = new ConcurrentHashMap<>();
    private final List<HttpServerRequest> held = new CopyOnWriteArrayList<>();
    private volatile Promise<Void> secondEvent = Promise.promise();
    private volatile HttpServer server;
    private volatile int port;

    FakeUpstream(String name, Vertx vertx) {
        this.name = name;
        this.vertx = vertx;
    }

    void start(int wanted) {
        try {
            server = vertx.createHttpServer().requestHandler(this::handle).listen(wanted).toCompletionStage()
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            port = server.actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the fake " + name, e);
        }
    }

    /** Stops listening: the service is down, connections are refused. */
    public void stop() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Listens again on the same port: the service is back. */
    public void restart() {
        start(port);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Everything it has received so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The request carrying this request id, once it has been received whole. */
    public Optional<Received> receivedWithId(String requestId) {
        return received.stream().filter(r -> r.header("x-request-id").filter(requestId::equals).isPresent()).findFirst();
    }

    /** The bytes of the body of the request with this id that have arrived so far. */
    public long bytesArrived(String requestId) {
        AtomicLong count = arriving.get(requestId);
        return count == null ? 0 : count.get();
    }

    /** Lets the SSE stream send its second event and end. */
    public void releaseSecondEvent() {
        Promise<Void> waiting = secondEvent;
        secondEvent = Promise.promise();
        waiting.tryComplete();
    }

    /** Answers every held request, as the service would once it has caught up. */
    public void releaseHeld() {
        List<HttpServerRequest> waiting = List.copyOf(held);
        held.removeAll(waiting);
        waiting.forEach(request -> vertx.runOnContext(ignored -> request.response()
                .putHeader("content-type", "application/json")
                .end(new JsonObject().put("upstream", name).put("uri", request.uri()).encode())));
    }

    private void handle(HttpServerRequest request) {
        Map<String, List<String>> headers = new TreeMap<>();
        request.headers().forEach(h -> headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT),
                k -> new CopyOnWriteArrayList<>()).add(h.getValue()));
        String id = request.getHeader("x-request-id") == null ? "" : request.getHeader("x-request-id");
        if (request.path().equals("/q/health/ready")) {
            request.response().putHeader("content-type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        if (request.path().equals("/q/health/group/outbox")) {
            // notification's fake has no outbox group (an older service), the others a backlog of their name's length
            if (name.equals("notification")) {
                request.response().setStatusCode(404).end();
            } else {
                request.response().putHeader("content-type", "application/json").end(new JsonObject()
                        .put("status", "UP").put("checks", new JsonArray().add(new JsonObject()
                                .put("name", "outbox").put("status", "UP").put("data", new JsonObject()
                                        .put("pending", name.length()).put("oldestPendingSeconds", 60 + name.length()))))
                        .encode());
            }
            return;
        }
        if (request.path().equals("/q/openapi")) {
            received.add(new Received(request.method().name(), request.uri(), headers, 0));
            request.response().putHeader("content-type", "application/json")
                    .end(new JsonObject().put("openapi", "3.1.0")
                            .put("info", new JsonObject().put("title", name + " document")).encode());
            return;
        }
        if (request.path().endsWith("/never-answers")) {
            received.add(new Received(request.method().name(), request.uri(), headers, 0));
            return;
        }
        if (request.path().endsWith("/inbox/stream")) {
            received.add(new Received(request.method().name(), request.uri(), headers, 0));
            request.response().setChunked(true).putHeader("content-type", "text/event-stream")
                    .write("data: one\n\n");
            secondEvent.future().onComplete(ignored -> request.response().end("data: two\n\n"));
            return;
        }
        if (id.startsWith("held-")) {
            request.endHandler(ignored -> {
                received.add(new Received(request.method().name(), request.uri(), headers, 0));
                held.add(request);
            });
            return;
        }
        AtomicLong count = arriving.computeIfAbsent(id.isEmpty() ? "none" : id, k -> new AtomicLong());
        AtomicLong total = new AtomicLong();
        request.handler(chunk -> {
            count.addAndGet(chunk.length());
            total.addAndGet(chunk.length());
        });
        request.endHandler(ignored -> {
            received.add(new Received(request.method().name(), request.uri(), headers, total.get()));
            request.response().putHeader("content-type", "application/json")
                    .putHeader("access-control-allow-origin", "*")
                    .putHeader("x-request-id", "the-service-own-id")
                    .end(new JsonObject().put("upstream", name).put("uri", request.uri())
                            .put("bytes", total.get()).encode());
        });
    }
}
