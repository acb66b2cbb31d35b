package org.madoguchi.benchmarks.footprint;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.madoguchi.benchmarks.support.LatencySummary;

/**
 * A short, simple load: a few keep-alive connections, each sending the same kind of request as soon as the previous
 * one is answered (a closed loop), for a fixed time. Enough traffic to make the service allocate and compile what
 * its requests need, which is what its resident memory under load shows.
 */
final class ClosedLoad {

    /** What the load gave: answers by HTTP status (or failure), throughput, latency. */
    record Result(long requests, double seconds, double perSecond, Map<String, Long> answers, LatencySummary latency) {

        String line() {
            return String.format(Locale.ROOT, "%,d requests in %.1f s = %,.0f/s, answers %s, p50 %.2f ms, p99 %.2f ms",
                    requests, seconds, perSecond, answers, latency.p50Ms(), latency.p99Ms());
        }
    }

    private ClosedLoad() {
    }

    static Result run(Supplier<HttpRequest> request, int connections, Duration duration) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                done.add(threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long begin = System.nanoTime();
                        String kind;
                        try {
                            kind = Integer.toString(client.send(request.get(), HttpResponse.BodyHandlers.discarding())
                                    .statusCode());
                        } catch (java.io.IOException failed) {
                            kind = failed.getClass().getSimpleName();
                        }
                        latency.recordValue(Math.max(1, Math.min(latency.getHighestTrackableValue(),
                                (System.nanoTime() - begin) / 1000)));
                        answers.computeIfAbsent(kind, k -> new LongAdder()).increment();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> byKind = new TreeMap<>();
        answers.forEach((kind, count) -> byKind.put(kind, count.sum()));
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new Result(total, seconds, total / seconds, byKind, LatencySummary.ofMicros(latency));
    }
}
