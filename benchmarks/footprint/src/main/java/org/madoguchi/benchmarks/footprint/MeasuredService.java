package org.madoguchi.benchmarks.footprint;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One service as the footprint benchmark starts it: its module, its database, what it needs besides PostgreSQL and
 * Kafka, and the request of its load, one that it answers without a token (the runs have no Keycloak).
 *
 * @param module   the Maven module, whose {@code target/quarkus-app/quarkus-run.jar} is started
 * @param database the prefix of its database; each start gets a fresh one
 * @param load     what the load asks, for the report
 */
record MeasuredService(String module, String database, String load) {

    /** The lending service's calendar feed secret in these runs, from which the load's feed key is derived. */
    static final String FEED_SECRET = "footprint-benchmark-feed-secret";

    static final List<MeasuredService> ALL = List.of(
            new MeasuredService("procedures-service", "procedures", "GET /api/v1/procedures?q=住民票 (Japanese search)"),
            new MeasuredService("applications-service", "applications",
                    "POST /api/v1/applications/lookup of an unknown receipt number (anonymous status lookup, 404)"),
            new MeasuredService("device-lending-service", "lending",
                    "GET /api/v1/lending/sites/honchosha/calendar.ics?key=… (the site's iCalendar feed)"),
            new MeasuredService("notification-service", "notification",
                    "GET /api/v1/announcements/feed (public announcements)"),
            new MeasuredService("gateway", "gateway",
                    "GET /api/v1/departments proxied to a stand-in upstream (anonymous, through the door's checks)"));

    static MeasuredService named(String module) {
        return ALL.stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bench.services: no service " + module + " (one of "
                        + ALL.stream().map(MeasuredService::module).toList() + ")"));
    }

    /** What this service needs besides the common settings. */
    Map<String, String> environment(String upstreamUrl, int closedPort) {
        Map<String, String> environment = new LinkedHashMap<>();
        switch (module) {
            case "device-lending-service" -> environment.put("MADOGUCHI_LENDING_FEED_SECRET", FEED_SECRET);
            case "notification-service" -> {
                // nothing is sent in these runs: the directory, SMTP and messaging addresses lead nowhere
                environment.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", "http://127.0.0.1:" + closedPort);
                environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
                environment.put("QUARKUS_MAILER_PORT", Integer.toString(closedPort));
                environment.put("MADOGUCHI_NOTIFICATION_MESSAGING_BASE_URL", "http://127.0.0.1:" + closedPort);
            }
            case "gateway" -> {
                for (String upstream : List.of("PROCEDURES", "APPLICATIONS", "LENDING", "NOTIFICATION")) {
                    environment.put("MADOGUCHI_GATEWAY_UPSTREAMS_" + upstream + "_URL", upstreamUrl);
                }
                // the bucket is still taken on every request; the limit is only high enough never to refuse
                environment.put("MADOGUCHI_GATEWAY_RATE_LIMIT_ANONYMOUS_REQUESTS", "1000000000");
                environment.put("MADOGUCHI_GATEWAY_RATE_LIMIT_ANONYMOUS_PER", "1m");
            }
            default -> {
                // nothing more
            }
        }
        return environment;
    }

    /** The load's request against the service at {@code base}. */
    Supplier<HttpRequest> request(String base) {
        Duration timeout = Duration.ofSeconds(10);
        return switch (module) {
            case "procedures-service" -> {
                HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/procedures?q="
                        + URLEncoder.encode("住民票", StandardCharsets.UTF_8))).timeout(timeout).GET().build();
                yield () -> get;
            }
            case "applications-service" -> {
                HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/applications/lookup"))
                        .timeout(timeout).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"receiptNumber\":\"R8-000001\",\"lookupCode\":\"ABCD2345\"}")).build();
                yield () -> post;
            }
            case "device-lending-service" -> {
                HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/lending/sites/honchosha/calendar.ics?key="
                        + feedKey("honchosha"))).timeout(timeout).GET().build();
                yield () -> get;
            }
            case "notification-service" -> {
                HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/announcements/feed"))
                        .timeout(timeout).GET().build();
                yield () -> get;
            }
            case "gateway" -> {
                HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/departments")).timeout(timeout)
                        .GET().build();
                yield () -> get;
            }
            default -> throw new IllegalStateException(module);
        };
    }

    /** The feed key device-lending-service derives for a site: HMAC-SHA256 of {@code calendar-feed:<site>}. */
    private static String feedKey(String site) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(FEED_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(("calendar-feed:" + site).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
