package org.madoguchi.gateway.adapter.in.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The health page of the services behind the gateway ({@code /q/health/group/upstreams}): for each, whether its
 * readiness endpoint answers UP, the state of its circuit and its outbox's backlog (events not yet published, and
 * the oldest one's wait in seconds, from the service's {@code /q/health/group/outbox}). Not part of the gateway's own readiness: the
 * gateway stays ready, and answers for the other services, while one of them is down.
 */
@HealthGroup("upstreams")
@ApplicationScoped
class UpstreamHealthCheck implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** The health group in which each service reports its outbox's backlog (the eventing module's). */
    private static final String OUTBOX_GROUP = "outbox";

    private final Upstreams upstreams;

    UpstreamHealthCheck(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Probe>> probes = upstreams.all().stream().map(this::probe).toList();
        return Uni.join().all(probes).andFailFast().map(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams");
            boolean allUp = true;
            for (Probe probe : results) {
                builder.withData(probe.name(), probe.up() ? "UP" : "DOWN");
                builder.withData(probe.name() + ".circuit", probe.circuit());
                probe.backlog().ifPresent(backlog -> {
                    builder.withData(probe.name() + ".outbox.pending", backlog.pending());
                    builder.withData(probe.name() + ".outbox.oldestPendingSeconds", backlog.oldestPendingSeconds());
                });
                allUp &= probe.up();
            }
            return builder.status(allUp).build();
        });
    }

    private Uni<Probe> probe(Upstream upstream) {
        String circuit = upstream.circuit().name();
        Future<Boolean> ready = get(upstream, "/q/health/ready").map(response -> response.status() == 200);
        Future<Optional<Backlog>> backlog = get(upstream, "/q/health/group/" + OUTBOX_GROUP)
                .map(UpstreamHealthCheck::backlogOf)
                .otherwise(Optional.empty());
        return Uni.combine().all()
                .unis(Uni.createFrom().completionStage(ready.toCompletionStage()).onFailure().recoverWithItem(false),
                        Uni.createFrom().completionStage(backlog.toCompletionStage())
                                .onFailure().recoverWithItem(Optional.empty()))
                .with((up, waiting) -> new Probe(upstream.name(), up, circuit, waiting));
    }

    private static Future<Answer> get(Upstream upstream, String path) {
        return upstream.client()
                .request(upstream.requestOptions(PROBE_TIMEOUT.toMillis()).setMethod(HttpMethod.GET)
                        .setURI(path).setTimeout(PROBE_TIMEOUT.toMillis()))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)));
    }

    /**
     * The backlog a service's outbox group reports ({@code {"checks":[{"name":"outbox","data":{"pending":3,
     * "oldestPendingSeconds":12}}]}}), when it reports one: a service without an outbox, or whose outbox cannot be
     * read, has none.
     */
    static Optional<Backlog> backlogOf(Answer answer) {
        if (answer.status() != 200) {
            return Optional.empty();
        }
        try {
            JsonArray checks = new JsonObject(answer.body()).getJsonArray("checks");
            for (int i = 0; checks != null && i < checks.size(); i++) {
                JsonObject check = checks.getJsonObject(i);
                JsonObject data = check.getJsonObject("data");
                if (OUTBOX_GROUP.equals(check.getString("name")) && data != null
                        && data.getValue("pending") instanceof Number pending
                        && data.getValue("oldestPendingSeconds") instanceof Number oldest) {
                    return Optional.of(new Backlog(pending.longValue(), oldest.longValue()));
                }
            }
        } catch (DecodeException | ClassCastException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    record Answer(int status, Buffer body) {
    }

    /** Events a service's outbox holds unpublished, and how long the oldest has waited. */
    record Backlog(long pending, long oldestPendingSeconds) {
    }

    private record Probe(String name, boolean up, String circuit, Optional<Backlog> backlog) {
    }
}
