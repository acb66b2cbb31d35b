package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Access tokens of the realm's sample users, as a script obtains them from Keycloak: the password grant of the
 * development-only {@code madoguchi-cli} client. A token is kept until shortly before it expires.
 */
final class SampleUserTokens {

    /** The public client that allows the password grant; it must not exist in a production realm. */
    static final String CLIENT_ID = "madoguchi-cli";

    /** How long before its expiry a token is no longer used. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String password;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, Instant usableUntil) {
    }

    SampleUserTokens(HttpClient http, URI tokenEndpoint, String password, Clock clock) {
        this.http = http;
        this.tokenEndpoint = tokenEndpoint;
        this.password = password;
        this.clock = clock;
    }

    /** A valid access token of the user, from Keycloak when none is held. */
    synchronized String of(String username) {
        Token held = tokens.get(username);
        if (held != null && clock.instant().isBefore(held.usableUntil())) {
            return held.value();
        }
        Token fresh = request(username);
        tokens.put(username, fresh);
        return fresh.value();
    }

    private Token request(String username) {
        String form = "grant_type=password&client_id=" + encode(CLIENT_ID) + "&username=" + encode(username)
                + "&password=" + encode(password) + "&scope=openid";
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        String what = "the token of " + username + " from " + tokenEndpoint;
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SampleCityFailure(what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SampleCityFailure("interrupted while asking for " + what, e);
        }
        if (response.statusCode() != 200) {
            throw new SampleCityFailure(what + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            JsonNode body = json.readTree(response.body());
            String token = body.path("access_token").asText("");
            if (token.isEmpty()) {
                throw new SampleCityFailure(what + " carried no access_token");
            }
            long lifetime = body.path("expires_in").asLong(60);
            return new Token(token, clock.instant().plusSeconds(lifetime).minus(MARGIN));
        } catch (IOException e) {
            throw new SampleCityFailure(what + " is not JSON: " + response.body(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
