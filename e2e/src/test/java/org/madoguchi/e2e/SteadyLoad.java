package org.madoguchi.e2e;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A steady stream of requests at a fixed rate, each sent without waiting for the ones before (so a service that
 * stops answering does not slow the stream down), with every outcome kept: when it was sent, its status and body,
 * or that no answer came. The fault tests break a part while it runs and then read what each request got.
 */
final class SteadyLoad implements AutoCloseable {

    /** How long a request may wait for its answer before it counts as unanswered. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One request of the stream: a tag of the caller's (an Idempotency-Key, a slot) and the request itself. */
    record Request(String tag, HttpRequest request) {
    }

    /**
     * What one request got.
     *
     * @param sentAt     {@link System#nanoTime()} when it was sent
     * @param answeredAt {@link System#nanoTime()} when its answer (or failure) came
     * @param status 0 when no answer came
     * @param error  why no answer came, else null
     */
    record Outcome(long sentAt, long answeredAt, String tag, int status, String contentType, String body,
                   String error) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }

        boolean serverError() {
            return status >= 500;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** The last segment of a problem's {@code type}, e.g. {@code upstream-unavailable}; null for no problem. */
        String problemType() {
            JsonNode type = json().path("type");
            return type.isTextual() ? type.asText().substring(type.asText().lastIndexOf('/') + 1) : null;
        }

        JsonNode json() {
            try {
                return body == null || body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
            } catch (Exception notJson) {
                return JSON.missingNode();
            }
        }

        boolean sentAfter(long nanos) {
            return sentAt - nanos >= 0;
        }

        @Override
        public String toString() {
            return status + (problemType() == null ? "" : " " + problemType()) + (error == null ? "" : " " + error);
        }
    }

    private final ScheduledExecutorService clock;
    private final AtomicInteger sent = new AtomicInteger();
    private final ConcurrentLinkedQueue<CompletableFuture<Outcome>> pending = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

    private SteadyLoad(String name, double perSecond, IntFunction<Request> next) {
        clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name + "-load");
            thread.setDaemon(true);
            return thread;
        });
        long period = (long) (1_000_000_000L / perSecond);
        clock.scheduleAtFixedRate(() -> {
            try {
                send(next.apply(sent.getAndIncrement()));
            } catch (RuntimeException notSent) {
                // a request that could not even be made (no token) is an outcome too; the stream goes on
                long now = System.nanoTime();
                outcomes.add(new Outcome(now, now, null, 0, null, null, notSent.toString()));
            }
        }, 0, period, TimeUnit.NANOSECONDS);
    }

    /** Starts sending {@code perSecond} requests a second, the n-th (from 0) made by {@code next}. */
    static SteadyLoad start(String name, double perSecond, IntFunction<Request> next) {
        return new SteadyLoad(name, perSecond, next);
    }

    private void send(Request request) {
        long sentAt = System.nanoTime();
        CompletableFuture<Outcome> outcome = HTTP.sendAsync(request.request(), HttpResponse.BodyHandlers.ofString())
                .orTimeout(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> failure == null
                        ? new Outcome(sentAt, System.nanoTime(), request.tag(), response.statusCode(),
                                response.headers().firstValue("Content-Type").orElse(null), response.body(), null)
                        : new Outcome(sentAt, System.nanoTime(), request.tag(), 0, null, null, failure.toString()));
        pending.add(outcome.thenApply(done -> {
            outcomes.add(done);
            return done;
        }));
    }

    /** The outcomes of the requests answered so far. */
    List<Outcome> answered() {
        return new ArrayList<>(outcomes);
    }

    long acceptedSince(long nanos) {
        return outcomes.stream().filter(o -> o.accepted() && o.sentAfter(nanos)).count();
    }

    long answeredSince(long nanos) {
        return outcomes.stream().filter(o -> o.sentAfter(nanos)).count();
    }

    /** Stops sending and waits for the answers still due; returns every outcome. */
    List<Outcome> stop() {
        clock.shutdownNow();
        try {
            clock.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return answered();
    }

    @Override
    public void close() {
        stop();
    }
}
