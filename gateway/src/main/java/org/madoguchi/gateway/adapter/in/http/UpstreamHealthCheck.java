package org.madoguchi.gateway.adapter.in.http;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

/**
 * The health page of the services behind the gateway ({@code /q/health/group/upstreams}): for each, whether its
 * readiness endpoint answers UP and the state of its circuit. Not part of the gateway's own readiness: the
 * gateway stays ready, and answers for the other services, while one of them is down.
 */
@HealthGroup("upstreams")
@ApplicationScoped
class UpstreamHealthCheck implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

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
                allUp &= probe.up();
            }
            return builder.status(allUp).build();
        });
    }

    private Uni<Probe> probe(Upstream upstream) {
        String circuit = upstream.circuit().name();
        Future<Boolean> ready = upstream.client()
                .request(upstream.requestOptions(PROBE_TIMEOUT.toMillis()).setMethod(HttpMethod.GET)
                        .setURI("/q/health/ready").setTimeout(PROBE_TIMEOUT.toMillis()))
                .compose(request -> request.send())
                .map(response -> {
                    response.resume();
                    return response.statusCode() == 200;
                });
        return Uni.createFrom().completionStage(ready.toCompletionStage())
                .onFailure().recoverWithItem(false)
                .map(up -> new Probe(upstream.name(), up, circuit));
    }

    private record Probe(String name, boolean up, String circuit) {
    }
}
