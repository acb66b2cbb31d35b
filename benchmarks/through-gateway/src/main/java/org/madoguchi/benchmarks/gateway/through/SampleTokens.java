package org.madoguchi.benchmarks.gateway.through;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens of the development realm's sample users with one role (the citizens, or the procedure
 * administrators), as a script gets them: the password grant of the development-only public client
 * {@code madoguchi-cli} from the Keycloak of this run (as {@code lending-bookings} gets its staff tokens). The realm's
 * tokens live five minutes, longer than a run, so they are fetched again every {@link #REFRESH_EVERY} in the
 * background; a request takes the current token of one user after the other.
 */
final class SampleTokens implements AutoCloseable {

    static final String CLIENT_ID = "madoguchi-cli";
    /** Well inside the realm's access token lifespan (300 s). */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> passwords;
    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "token-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong refreshFailures = new AtomicLong();
    private volatile List<String> current;

    private SampleTokens(Map<String, String> passwords, URI tokenEndpoint) {
        this.passwords = passwords;
        this.tokenEndpoint = tokenEndpoint;
    }

    /** The sample users of the realm file with the role, their tokens fetched now and kept fresh from then on. */
    static SampleTokens of(Path realmFile, String issuer, String role) throws IOException, InterruptedException {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (JsonNode user : JSON.readTree(realmFile.toFile()).path("users")) {
            boolean sample = false;
            for (JsonNode value : user.path("attributes").path("sample")) {
                sample |= "true".equals(value.asText());
            }
            boolean hasRole = false;
            for (JsonNode granted : user.path("realmRoles")) {
                hasRole |= role.equals(granted.asText());
            }
            String password = user.path("credentials").path(0).path("value").asText("");
            if (sample && hasRole && !password.isEmpty()) {
                passwords.put(user.path("username").asText(), password);
            }
        }
        if (passwords.isEmpty()) {
            throw new IllegalStateException("no sample user with the " + role + " role and a password in " + realmFile);
        }
        SampleTokens tokens = new SampleTokens(passwords, URI.create(issuer + "/protocol/openid-connect/token"));
        tokens.current = tokens.fetch();
        tokens.refresher.scheduleWithFixedDelay(tokens::refresh, REFRESH_EVERY.toSeconds(), REFRESH_EVERY.toSeconds(),
                TimeUnit.SECONDS);
        return tokens;
    }

    List<String> usernames() {
        return List.copyOf(passwords.keySet());
    }

    /** The token the {@code n}-th request carries: the users take turns. */
    String forRequest(long n) {
        List<String> tokens = current;
        return tokens.get((int) Math.floorMod(n, (long) tokens.size()));
    }

    long refreshFailures() {
        return refreshFailures.get();
    }

    private void refresh() {
        try {
            current = fetch();
        } catch (Exception failed) {
            // the previous tokens stay valid for minutes; a failure shows in the summary
            refreshFailures.incrementAndGet();
        }
    }

    private List<String> fetch() throws IOException, InterruptedException {
        List<String> tokens = new ArrayList<>();
        for (Map.Entry<String, String> user : passwords.entrySet()) {
            String form = "grant_type=password&client_id=" + encode(CLIENT_ID) + "&username=" + encode(user.getKey())
                    + "&password=" + encode(user.getValue()) + "&scope=openid";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token of " + user.getKey() + " from " + tokenEndpoint
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            String token = JSON.readTree(response.body()).path("access_token").asText("");
            if (token.isEmpty()) {
                throw new IllegalStateException("no access_token for " + user.getKey() + ": " + response.body());
            }
            tokens.add(token);
        }
        return List.copyOf(tokens);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
