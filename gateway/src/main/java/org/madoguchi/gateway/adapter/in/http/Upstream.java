package org.madoguchi.gateway.adapter.in.http;

import java.net.ConnectException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.madoguchi.gateway.config.GatewayConfig;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * One service behind the gateway: its address, the connection pool to it, and its circuit breaker (SmallRye Fault
 * Tolerance). A call fails the circuit when the service cannot be reached, stays silent too long or breaks off;
 * once enough recent calls failed, the circuit opens and calls fail at once, until after its delay one call tries
 * the service again and, if it answers, closes it. Idempotent reads that could not connect are tried again, outside
 * the circuit breaker, never when it is open.
 */
final class Upstream {

    private static final TypeLiteral<CompletionStage<io.vertx.httpproxy.ProxyResponse>> ANSWER = new TypeLiteral<>() {
    };

    private final String name;
    private final URI url;
    private final HttpClient client;
    private final Guard breaker;
    private final Guard retry;
    private final String circuitName;

    Upstream(String name, GatewayConfig.Upstream config, Vertx vertx) {
        this.name = name;
        this.url = config.url();
        if (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/")) {
            throw new IllegalStateException("the URL of upstream " + name + " has no path: " + url);
        }
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setName("upstream-" + name)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.maxConnections())
                .setKeepAlive(true)
                .setSsl("https".equalsIgnoreCase(url.getScheme())));
        this.circuitName = "upstream-" + name;
        GatewayConfig.Circuit circuit = config.circuit();
        this.breaker = Guard.create()
                .withDescription("calls to " + name)
                .withCircuitBreaker()
                .name(circuitName)
                .requestVolumeThreshold(circuit.requestVolume())
                .failureRatio(circuit.failureRatio())
                .delay(circuit.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .done()
                .withThreadOffload(false)
                .build();
        this.retry = Guard.create()
                .withDescription("idempotent reads from " + name)
                .withRetry()
                .maxRetries(config.readRetries())
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .retryOn(ConnectException.class)
                .abortOn(CircuitBreakerOpenException.class)
                .done()
                .withThreadOffload(false)
                .build();
    }

    String name() {
        return name;
    }

    HttpClient client() {
        return client;
    }

    /** Options of a request to this service, waiting at most {@code idleTimeoutMillis} for each byte. */
    RequestOptions requestOptions(long idleTimeoutMillis) {
        int port = url.getPort() > 0 ? url.getPort() : ("https".equalsIgnoreCase(url.getScheme()) ? 443 : 80);
        return new RequestOptions().setHost(url.getHost()).setPort(port)
                .setSsl("https".equalsIgnoreCase(url.getScheme()))
                .setIdleTimeout(idleTimeoutMillis);
    }

    /** One call through the circuit breaker; an idempotent read is retried when it could not connect. */
    CompletionStage<io.vertx.httpproxy.ProxyResponse> call(boolean idempotentRead,
            Supplier<CompletionStage<io.vertx.httpproxy.ProxyResponse>> attempt) {
        Supplier<CompletionStage<io.vertx.httpproxy.ProxyResponse>> guarded = () -> breaker.get(attempt, ANSWER);
        return idempotentRead ? retry.get(guarded, ANSWER) : guarded.get();
    }

    /** The state of the circuit: closed, open or half-open. */
    CircuitBreakerState circuit() {
        return CircuitBreakerMaintenance.get().currentState(circuitName);
    }
}
