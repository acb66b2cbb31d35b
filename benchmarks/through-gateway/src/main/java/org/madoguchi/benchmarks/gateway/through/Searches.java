package org.madoguchi.benchmarks.gateway.through;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.madoguchi.benchmarks.support.LatencySummary;
import org.madoguchi.benchmarks.support.OpenLoop;

/**
 * Residents searching the procedures as the public does ({@code GET /api/v1/procedures?q=…}, no token: online
 * procedures only), at a fixed offered rate (an open loop), kanji and kana queries taking turns. A query counts when
 * answered 200; its latency runs from when it was due. Queries beyond {@code maxInFlight} outstanding ones are not
 * sent and count as errors ("shed").
 */
final class Searches {

    /** One kind of query (kanji words, or a reading in hiragana) and its examples, used in turn. */
    record Kind(String name, List<String> queries) {
    }

    /** What one offered rate gave, for all queries and for each kind. */
    record Step(int offeredPerSecond, long sent, long answered, long errors, Map<String, Long> errorsByKind,
            double seconds, double achievedPerSecond, LatencySummary latency, Map<String, LatencySummary> byKind,
            double driverWorstLagMs) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
    private final String base;
    private final List<Kind> kinds;
    private final int maxInFlight;
    private final Duration timeout;
    private final AtomicLong sequence = new AtomicLong();

    Searches(String base, List<Kind> kinds, int maxInFlight, Duration timeout) {
        this.base = base;
        this.kinds = kinds;
        this.maxInFlight = maxInFlight;
        this.timeout = timeout;
    }

    /** The URI of a query, e.g. {@code /api/v1/procedures?q=住民票+申請&size=20}. */
    static String path(String query) {
        return "/api/v1/procedures?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=20";
    }

    /** One query, waited for: its answer. */
    HttpResponse<String> once(String query) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path(query))).timeout(timeout)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    Step offer(int rate, Duration duration) throws InterruptedException {
        ConcurrentHistogram all = histogram();
        Map<String, ConcurrentHistogram> byKind = new ConcurrentHashMap<>();
        kinds.forEach(kind -> byKind.put(kind.name(), histogram()));
        LongAdder answered = new LongAdder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong lastAnswer = new AtomicLong();
        OpenLoop.Offered offered = OpenLoop.run(rate, duration, due -> {
            if (!inFlight.tryAcquire()) {
                errors.computeIfAbsent("shed", k -> new LongAdder()).increment();
                return;
            }
            long n = sequence.getAndIncrement();
            Kind kind = kinds.get((int) (n % kinds.size()));
            String query = kind.queries().get((int) ((n / kinds.size()) % kind.queries().size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path(query))).timeout(timeout)
                    .header("Accept", "application/json").GET().build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                lastAnswer.accumulateAndGet(now, Math::max);
                if (failure == null && response.statusCode() == 200) {
                    answered.increment();
                    long micros = Math.max(1, Math.min(all.getHighestTrackableValue(), (now - due) / 1000));
                    all.recordValue(micros);
                    byKind.get(kind.name()).recordValue(micros);
                } else {
                    errors.computeIfAbsent(kind(response, failure), k -> new LongAdder()).increment();
                }
                inFlight.release();
            });
        });
        if (!inFlight.tryAcquire(maxInFlight, timeout.toSeconds() + 30, TimeUnit.SECONDS)) {
            errors.computeIfAbsent("unanswered", k -> new LongAdder()).add(maxInFlight - inFlight.availablePermits());
        } else {
            inFlight.release(maxInFlight);
        }
        double seconds = (Math.max(offered.endNanos(), lastAnswer.get()) - offered.startNanos()) / 1e9;
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
        Map<String, LatencySummary> kindSummaries = new TreeMap<>();
        byKind.forEach((k, h) -> kindSummaries.put(k, LatencySummary.ofMicros(h)));
        return new Step(rate, offered.calls(), answered.sum(), errorCounts.values().stream().mapToLong(Long::longValue)
                .sum(), errorCounts, seconds, answered.sum() / seconds, LatencySummary.ofMicros(all), kindSummaries,
                offered.worstLagMs());
    }

    private static ConcurrentHistogram histogram() {
        return new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
    }

    private static String kind(HttpResponse<Void> response, Throwable failure) {
        if (failure == null) {
            return "HTTP " + response.statusCode();
        }
        Throwable cause = failure;
        while (cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        return cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
    }
}
