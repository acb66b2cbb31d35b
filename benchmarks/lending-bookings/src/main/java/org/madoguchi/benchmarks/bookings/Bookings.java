package org.madoguchi.benchmarks.bookings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.madoguchi.benchmarks.support.LatencySummary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Staff booking devices all at once: every request of a plan is sent at the same moment
 * ({@code POST /api/v1/lending/reservations} naming the device, with a staff member's bearer token, the staff taking
 * turns), so that all of them are in flight together and each device's requests race for it. A request counts as
 * accepted on 201, as a conflict on 409; latency runs from the burst's start, when every request was due, to its
 * answer.
 */
final class Bookings {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one burst gave. */
    record Burst(String day, int requests, long accepted, long confirmed, long pending, long conflicts, long other,
            Map<String, Long> answers, double seconds, double perSecond, LatencySummary latency,
            LatencySummary acceptedLatency, LatencySummary conflictLatency) {

        String line() {
            return String.format(Locale.ROOT, "%,d requests in %.2f s = %.1f/s  accepted %,d (%,d confirmed, %,d pending)"
                    + "  conflicts (409) %,d  other %,d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms", requests,
                    seconds, perSecond, accepted, confirmed, pending, conflicts, other, latency.p50Ms(),
                    latency.p95Ms(), latency.p99Ms(), latency.maxMs());
        }
    }

    private final HttpClient client;
    private final URI reservations;
    private final Duration requestTimeout;
    private final Set<UUID> acceptedIds = ConcurrentHashMap.newKeySet();

    Bookings(URI reservations, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(4)).build();
        this.reservations = reservations;
        this.requestTimeout = requestTimeout;
    }

    /** The ids of every booking answered 201 so far, in any burst. */
    Set<UUID> acceptedIds() {
        return Set.copyOf(acceptedIds);
    }

    /** Sends every request of the plan at once, staff member {@code i % tokens} sending request {@code i}. */
    Burst fire(BookingPlan plan, List<String> tokens) throws InterruptedException {
        List<HttpRequest> requests = new ArrayList<>();
        List<BookingPlan.Booking> bookings = plan.bookings();
        for (int i = 0; i < bookings.size(); i++) {
            requests.add(request(bookings.get(i), tokens.get(i % tokens.size()), i));
        }
        ConcurrentHistogram all = histogram();
        ConcurrentHistogram accepted = histogram();
        ConcurrentHistogram conflicts = histogram();
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        LongAdder confirmed = new LongAdder();
        LongAdder pending = new LongAdder();
        AtomicLong lastAnswer = new AtomicLong();
        List<CompletableFuture<?>> answered = new ArrayList<>();
        long start = System.nanoTime();
        for (HttpRequest request : requests) {
            answered.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long at = System.nanoTime();
                lastAnswer.accumulateAndGet(at, Math::max);
                long micros = Math.max(1, (at - start) / 1000);
                String kind = kind(response, failure);
                answers.computeIfAbsent(kind, k -> new LongAdder()).increment();
                if (failure != null) {
                    return;
                }
                all.recordValue(Math.min(all.getHighestTrackableValue(), micros));
                if (response.statusCode() == 201) {
                    accepted.recordValue(Math.min(accepted.getHighestTrackableValue(), micros));
                    JsonNode body = read(response.body());
                    acceptedIds.add(UUID.fromString(body.path("id").asText()));
                    ("CONFIRMED".equals(body.path("status").asText()) ? confirmed : pending).increment();
                } else if (response.statusCode() == 409) {
                    conflicts.recordValue(Math.min(conflicts.getHighestTrackableValue(), micros));
                }
            }).exceptionally(ignored -> null));
        }
        CompletableFuture.allOf(answered.toArray(CompletableFuture[]::new)).orTimeout(
                requestTimeout.toSeconds() + 60, TimeUnit.SECONDS).exceptionally(ignored -> null).join();
        double seconds = (Math.max(lastAnswer.get(), start) - start) / 1e9;
        Map<String, Long> byKind = new TreeMap<>();
        answers.forEach((kind, count) -> byKind.put(kind, count.sum()));
        long acceptedCount = accepted.getTotalCount();
        long conflictCount = conflicts.getTotalCount();
        return new Burst(plan.day().toString(), requests.size(), acceptedCount, confirmed.sum(), pending.sum(),
                conflictCount, requests.size() - acceptedCount - conflictCount, byKind, seconds,
                seconds == 0 ? 0 : requests.size() / seconds, LatencySummary.ofMicros(all),
                LatencySummary.ofMicros(accepted), LatencySummary.ofMicros(conflicts));
    }

    private HttpRequest request(BookingPlan.Booking booking, String token, int n) {
        String body = String.format(Locale.ROOT, "{\"deviceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\","
                + "\"purpose\":\"%s\",\"note\":\"ベンチマーク予約 %d\"}", booking.deviceId(), booking.start(),
                booking.end(), n % 2 == 0 ? "FIELD_WORK" : "MEETING", n);
        return HttpRequest.newBuilder(reservations).timeout(requestTimeout)
                .header("Content-Type", "application/json").header("Accept-Language", "ja")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** {@code 201}, {@code 409 reservation-overlaps}, {@code timeout} …: the status with the problem's code. */
    private static String kind(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
            }
            return cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
        }
        if (response.statusCode() == 201) {
            return "201";
        }
        String type = read(response.body()).path("type").asText("");
        String code = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
        return response.statusCode() + (code.isEmpty() ? "" : " " + code);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
        } catch (Exception notJson) {
            return JSON.createObjectNode();
        }
    }

    private static ConcurrentHistogram histogram() {
        return new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(300), 3);
    }
}
