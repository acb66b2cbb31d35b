package org.madoguchi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm's sample users, who sign in as a script would: the password grant of the {@code madoguchi-cli} client
 * (development and tests only), password {@value #PASSWORD}. Tokens are kept until shortly before they expire.
 */
final class SampleUsers {

    static final String PASSWORD = "madoguchi";
    static final String CLIENT = "madoguchi-cli";

    static final String CITIZEN = "citizen1";
    static final String OTHER_CITIZEN = "citizen2";
    static final String ENGLISH_CITIZEN = "citizen-en";
    /** 健康・子育て推進課 ({@code kenko-kosodate}). */
    static final String STAFF = "staff1";
    /** 長寿社会課 ({@code choju-shakai}). */
    static final String CHOJU_STAFF = "staff-choju";
    /** 下水道経営課 ({@code gesuido-keiei}). */
    static final String GESUIDO_STAFF = "staff-gesuido";
    static final String PROCEDURE_ADMIN = "procadmin1";
    static final String INFO_POLICY = "infopolicy1";
    /** The lending desk of 駅南庁舎 ({@code ekinan}). */
    static final String EKINAN_DESK = "desk-ekinan";
    /** The lending desk of 本庁舎 ({@code honchosha}). */
    static final String HONCHOSHA_DESK = "desk-honchosha";
    /** The lending desk of 国府町総合支所 ({@code kokufu}). */
    static final String KOKUFU_DESK = "desk-kokufu";
    static final String OPS = "ops1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration KEEP_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String accessToken, String subject, Instant renewAfter) {
    }

    SampleUsers(String issuer) {
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
    }

    /** A valid access token of the user. */
    String token(String username) {
        return current(username).accessToken();
    }

    /** The user's account subject (the token's {@code sub}), as events and the services name them. */
    String subject(String username) {
        return current(username).subject();
    }

    private Token current(String username) {
        return tokens.compute(username, (name, held) -> held != null && Instant.now().isBefore(held.renewAfter())
                ? held : signIn(name));
    }

    private Token signIn(String username) {
        String form = Map.of("grant_type", "password", "client_id", CLIENT, "username", username, "password", PASSWORD,
                        "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the password grant of " + username + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            String accessToken = body.path("access_token").asText();
            Instant expires = Instant.now().plusSeconds(body.path("expires_in").asLong());
            return new Token(accessToken, claims(accessToken).path("sub").asText(), expires.minus(KEEP_BEFORE_EXPIRY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Keycloak at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token, read without checking it (the services check it). */
    static JsonNode claims(String accessToken) {
        String[] parts = accessToken.split("\\.");
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
