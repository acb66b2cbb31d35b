package org.madoguchi.benchmarks.submissions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.madoguchi.benchmarks.support.LatencySummary;
import org.madoguchi.benchmarks.support.OpenLoop;

/**
 * Residents answering one form: {@code POST /api/v1/forms/{id}/applications}, anonymously (without a token) or signed
 * in (each request with the bearer token the given source names next), at a fixed offered rate (an open loop), each
 * answer a little different. A request counts as accepted on 201 only; its latency
 * runs from when it was due to when its answer arrived. Requests beyond {@code maxInFlight} outstanding ones are not
 * sent and count as errors ("shed"), so that an overloaded service cannot make the driver pile up connections.
 */
public final class Submissions {

    /** What one offered rate gave. */
    public record Step(int offeredPerSecond, long sent, long accepted, long errors, Map<String, Long> errorsByKind,
            double seconds, double achievedPerSecond, LatencySummary latency, double driverWorstLagMs) {

        public boolean held(double p99LimitMs) {
            return errors == 0 && achievedPerSecond >= 0.95 * offeredPerSecond && latency.p99Ms() < p99LimitMs;
        }
    }

    private final HttpClient client;
    private final URI submitUrl;
    private final boolean idempotencyKeys;
    private final int maxInFlight;
    private final Duration requestTimeout;
    private final AtomicLong sequence = new AtomicLong();
    private final LongFunction<String> bearer;

    /** Anonymous submissions. */
    public Submissions(URI submitUrl, boolean idempotencyKeys, int maxInFlight, Duration requestTimeout) {
        this(submitUrl, idempotencyKeys, maxInFlight, requestTimeout, null);
    }

    /**
     * Signed-in submissions.
     *
     * @param bearer the access token the {@code n}-th request carries, or {@code null} for anonymous ones
     */
    public Submissions(URI submitUrl, boolean idempotencyKeys, int maxInFlight, Duration requestTimeout,
            LongFunction<String> bearer) {
        this.bearer = bearer;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        this.submitUrl = submitUrl;
        this.idempotencyKeys = idempotencyKeys;
        this.maxInFlight = maxInFlight;
        this.requestTimeout = requestTimeout;
    }

    /** One submission, waited for: its status code. */
    public int submitOnce() throws Exception {
        return client.send(request(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Offers {@code rate} submissions per second for {@code duration}, then waits for every answer. */
    public Step offer(int rate, Duration duration) throws InterruptedException {
        ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        LongAdder accepted = new LongAdder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong lastAnswer = new AtomicLong();
        OpenLoop.Offered offered = OpenLoop.run(rate, duration, due -> {
            if (!inFlight.tryAcquire()) {
                errors.computeIfAbsent("shed", k -> new LongAdder()).increment();
                return;
            }
            client.sendAsync(request(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long answered = System.nanoTime();
                lastAnswer.accumulateAndGet(answered, Math::max);
                if (failure == null && response.statusCode() == 201) {
                    accepted.increment();
                    latency.recordValue(Math.max(1, Math.min(latency.getHighestTrackableValue(),
                            (answered - due) / 1000)));
                } else {
                    errors.computeIfAbsent(kind(response, failure), k -> new LongAdder()).increment();
                }
                inFlight.release();
            });
        });
        if (!inFlight.tryAcquire(maxInFlight, requestTimeout.toSeconds() + 30, TimeUnit.SECONDS)) {
            errors.computeIfAbsent("unanswered", k -> new LongAdder()).add(maxInFlight - inFlight.availablePermits());
        } else {
            inFlight.release(maxInFlight);
        }
        long end = Math.max(offered.endNanos(), lastAnswer.get());
        double seconds = (end - offered.startNanos()) / 1e9;
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((kind, count) -> byKind.put(kind, count.sum()));
        long errorCount = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new Step(rate, offered.calls(), accepted.sum(), errorCount, byKind, seconds, accepted.sum() / seconds,
                LatencySummary.ofMicros(latency), offered.worstLagMs());
    }

    private HttpRequest request() {
        long n = sequence.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(submitUrl).timeout(requestTimeout)
                .header("Content-Type", "application/json").header("Accept-Language", "ja")
                .POST(HttpRequest.BodyPublishers.ofString(answers(n)));
        if (idempotencyKeys) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer.apply(n));
        }
        return request.build();
    }

    /** Answers to every field of the benchmark form, varied by the request's number; no real person's data. */
    public static String answers(long n) {
        String[] wards = { "中央", "国府", "福部", "河原" };
        return String.format(Locale.ROOT, """
                {"answers":{"name":"参加者 %1$d","kana":"サンカシャ","email":"participant%1$d@example.jp",\
                "phone":"0857-22-8111","postalCode":"680-8571","ward":"%2$s","sessions":["午前","午後"],\
                "birthDate":"1980-05-11","adults":%3$d,"note":"車いすで参加します。","consent":true}}""",
                n, wards[(int) (n % wards.length)], 1 + n % 4);
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
