package org.madoguchi.gateway.adapter.in.http;

import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.madoguchi.gateway.application.port.in.FollowOpsEventsQuery;
import org.madoguchi.gateway.application.port.in.OpsEventQueries;
import org.madoguchi.gateway.config.GatewayConfig;
import org.madoguchi.gateway.domain.model.ClientBacklog;
import org.madoguchi.gateway.domain.model.EventPosition;
import org.madoguchi.gateway.domain.model.EventTail;
import org.madoguchi.gateway.domain.model.LoggedEvent;
import org.madoguchi.gateway.domain.model.OpsEventFilter;
import org.madoguchi.gateway.domain.model.RequestId;
import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.Roles;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/v1/ops/events} (role {@code ops}): Server-Sent Events of every topic's domain events, filtered by
 * {@code type} (repeatable) and {@code subject}. Each event's {@code id} is the stream's position in every partition
 * ({@link EventPosition}), so {@code Last-Event-ID} resumes exactly. Each client has its own bounded backlog: when
 * it cannot keep up, events are dropped and it gets an {@code event: dropped} with how many, instead of the gateway
 * holding them without bound or slowing anyone else.
 */
@ApplicationScoped
class OpsEventStream {

    static final String PATH = "/api/v1/ops/events";
    private static final Logger LOG = Logger.getLogger(OpsEventStream.class);

    private final OpsEventQueries queries;
    private final ProblemResponses problems;
    private final GatewayConfig.Ops config;
    private final AtomicInteger clients = new AtomicInteger();
    private final Counter dropped;

    OpsEventStream(OpsEventQueries queries, ProblemResponses problems, GatewayConfig config, MeterRegistry meters) {
        this.queries = queries;
        this.problems = problems;
        this.config = config.ops();
        this.dropped = Counter.builder("madoguchi.ops.stream.dropped")
                .description("Events the ops stream dropped for clients too slow to keep up").register(meters);
        meters.gauge("madoguchi.ops.stream.clients", clients);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        rc.response().putHeader(HeaderRules.REQUEST_ID,
                RequestId.fromCaller(Optional.ofNullable(request.getHeader(HeaderRules.REQUEST_ID))).value());
        Callers.identity(rc).subscribe().with(identity -> {
            Caller caller = Callers.caller(identity);
            if (caller.isAnonymous()) {
                request.response().putHeader("WWW-Authenticate", "Bearer");
                problems.send(request, 401, "sign-in-required");
            } else if (!caller.hasRole(Roles.OPS)) {
                problems.send(request, 403, "ops-role-required");
            } else {
                open(rc);
            }
        }, failure -> problems.send(request, 401, "invalid-token"));
    }

    private void open(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        Optional<EventPosition> from;
        try {
            from = Optional.ofNullable(request.getHeader("Last-Event-ID")).filter(id -> !id.isBlank())
                    .map(EventPosition::parse);
        } catch (IllegalArgumentException malformed) {
            problems.send(request, 400, "invalid-last-event-id");
            return;
        }
        if (clients.incrementAndGet() > config.maxClients()) {
            clients.decrementAndGet();
            request.response().putHeader(HttpHeaders.RETRY_AFTER, "30");
            problems.send(request, 503, "ops-stream-busy");
            return;
        }
        OpsEventFilter filter = new OpsEventFilter(new HashSet<>(request.params().getAll("type")),
                Optional.ofNullable(request.getParam("subject")).filter(s -> !s.isBlank()));
        Watcher watcher = new Watcher(rc.vertx(), Vertx.currentContext(), request.response());
        request.response().closeHandler(ignored -> watcher.close());
        rc.vertx().executeBlocking(() -> queries.follow(new FollowOpsEventsQuery(filter, from), watcher::offer), false)
                .onComplete(followed -> {
                    if (followed.failed()) {
                        LOG.warnf(followed.cause(), "The ops event stream cannot follow the event log");
                        clients.decrementAndGet();
                        watcher.released.set(true);
                        request.response().putHeader(HttpHeaders.RETRY_AFTER, "30");
                        problems.send(request, 503, "service-unavailable");
                        return;
                    }
                    watcher.start(followed.result());
                });
    }

    /** One client of the stream: its backlog, and the writer that drains it as fast as the client reads. */
    private final class Watcher {

        private final Vertx vertx;
        private final Context context;
        private final HttpServerResponse response;
        private final ClientBacklog<LoggedEvent> backlog = new ClientBacklog<>(config.backlog());
        private final AtomicBoolean drainScheduled = new AtomicBoolean();
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile boolean started;
        private volatile boolean closed;
        private volatile EventTail tail;
        private long heartbeat = -1;

        Watcher(Vertx vertx, Context context, HttpServerResponse response) {
            this.vertx = vertx;
            this.context = context;
            this.response = response;
        }

        /** Called on the event log's reader thread. */
        void offer(LoggedEvent event) {
            if (!backlog.offer(event)) {
                dropped.increment();
            }
            if (started && drainScheduled.compareAndSet(false, true)) {
                context.runOnContext(ignored -> drain());
            }
        }

        void start(EventTail running) {
            tail = running;
            if (closed) {
                running.close();
                return;
            }
            response.setStatusCode(200).setChunked(true)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .putHeader("X-Accel-Buffering", "no");
            response.write(": connected\n\n");
            heartbeat = vertx.setPeriodic(config.heartbeat().toMillis(), ignored -> {
                if (!closed && !response.writeQueueFull()) {
                    response.write(": keep-alive\n\n");
                }
            });
            started = true;
            drain();
        }

        private void drain() {
            drainScheduled.set(false);
            while (!closed && !response.writeQueueFull()) {
                Optional<ClientBacklog.Next<LoggedEvent>> next = backlog.take();
                if (next.isEmpty()) {
                    return;
                }
                response.write(frame(next.get()));
            }
            if (!closed) {
                response.drainHandler(ignored -> drain());
            }
        }

        private String frame(ClientBacklog.Next<LoggedEvent> next) {
            if (next instanceof ClientBacklog.Next.Dropped<LoggedEvent> gap) {
                return "event: dropped\ndata: {\"dropped\":" + gap.count() + "}\n\n";
            }
            LoggedEvent event = ((ClientBacklog.Next.Event<LoggedEvent>) next).event();
            return "id: " + event.positionAfter().text() + "\ndata: " + event.envelopeJson() + "\n\n";
        }

        void close() {
            closed = true;
            if (heartbeat >= 0) {
                vertx.cancelTimer(heartbeat);
            }
            EventTail running = tail;
            if (running != null) {
                running.close();
            }
            if (released.compareAndSet(false, true)) {
                clients.decrementAndGet();
            }
        }
    }
}
