package org.madoguchi.gateway.adapter.in.http;

import java.net.ConnectException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.madoguchi.gateway.config.GatewayConfig;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.ProxyContext;
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * One service behind the gateway: its address, the connection pool to it, and its circuit breaker (SmallRye Fault
 * Tolerance). A call fails the circuit when the service cannot be reached, stays silent too long or breaks off;
 * once enough recent calls failed, the circuit opens and calls fail at once, until after its delay one call tries
 * the service again and, if it answers, closes it. Idempotent reads that could not connect are tried again, outside
 * the circuit breaker, never when it is open.
 * <p>
 * Overload is shed, not queued: at most {@code max-waiting} requests wait for a connection, each at most
 * {@code connection-wait}; the others are refused at once as busy. A waiting request whose caller has gone is dropped
 * before it is sent. Neither counts against the circuit (the service is slow, not broken), so that after an overload
 * the service is only ever behind by the requests it holds and the ones waiting, and a half-open circuit's trial call
 * is never queued behind abandoned requests.
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
    private final long connectionWaitMillis;

    Upstream(String name, GatewayConfig.Upstream config, Vertx vertx) {
        this.name = name;
        this.url = config.url();
        if (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/")) {
            throw new IllegalStateException("the URL of upstream " + name + " has no path: " + url);
        }
        if (config.connectionWait().compareTo(config.connectTimeout()) <= 0) {
            throw new IllegalStateException("the connection-wait of upstream " + name + " (" + config.connectionWait()
                    + ") must be longer than its connect-timeout (" + config.connectTimeout() + ")");
        }
        this.connectionWaitMillis = config.connectionWait().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setName("upstream-" + name)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setSsl("https".equalsIgnoreCase(url.getScheme())),
                new PoolOptions()
                        .setHttp1MaxSize(config.maxConnections())
                        .setMaxWaitQueueSize(config.maxWaiting()));
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
                .skipOn(List.of(Busy.class, CallerGone.class))
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

    /**
     * The request to this service for one exchange, on a connection of the pool, waiting at most
     * {@code idleTimeoutMillis} for each byte of the answer. Fails with {@link Busy} when no connection is free
     * within {@code connection-wait} or too many requests already wait, and with {@link CallerGone} (the connection
     * given back unused) when the caller has gone while the request waited.
     */
    Future<HttpClientRequest> request(ProxyContext proxy, long idleTimeoutMillis) {
        HttpServerRequest caller = proxy.request().proxiedRequest();
        if (caller.response().closed()) {
            return Future.failedFuture(new CallerGone(name));
        }
        return proxy.client().request(requestOptions(idleTimeoutMillis))
                .recover(failure -> Future.failedFuture(
                        failure instanceof TimeoutException || failure instanceof ConnectionPoolTooBusyException
                                ? new Busy(name)
                                : failure))
                .compose(request -> {
                    if (caller.response().closed()) {
                        // the reset is the intent: not an error for Vert.x to log
                        request.exceptionHandler(ignored -> {
                        });
                        request.reset();
                        return Future.failedFuture(new CallerGone(name));
                    }
                    return Future.succeededFuture(request);
                });
    }

    /** Options of a request to this service, waiting at most {@code idleTimeoutMillis} for each byte. */
    RequestOptions requestOptions(long idleTimeoutMillis) {
        int port = url.getPort() > 0 ? url.getPort() : ("https".equalsIgnoreCase(url.getScheme()) ? 443 : 80);
        return new RequestOptions().setHost(url.getHost()).setPort(port)
                .setSsl("https".equalsIgnoreCase(url.getScheme()))
                .setConnectTimeout(connectionWaitMillis)
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

    /** No connection to the service was free in time, or too many requests already waited for one. */
    static final class Busy extends RuntimeException {

        Busy(String upstream) {
            super("every connection to " + upstream + " is taken", null, false, false);
        }
    }

    /** The caller went away while its request waited for a connection: the request is not sent. */
    static final class CallerGone extends RuntimeException {

        CallerGone(String upstream) {
            super("the caller left before its request to " + upstream + " was sent", null, false, false);
        }
    }
}
