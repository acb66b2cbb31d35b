package org.madoguchi.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;

/**
 * Sign-ins to the web console as a browser makes them, against the OIDC test server standing in for Keycloak: the
 * test server's token endpoint for the web tenant ({@code …/web/token}) answers each sign-in's own authorization
 * code with Keycloak-shaped tokens (an ID token for client {@code web} with {@code sid}, an access token with
 * {@code realm_access.roles}), and its refresh token with new ones, or refuses it.
 */
public final class WebLogins {

    public static final String TOKEN_PATH = "/auth/realms/quarkus/web/token";
    public static final String REVOKE_PATH = "/auth/realms/quarkus/web/revoke";
    public static final String SESSION_COOKIE = "q_session_web";
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*)+");

    /** One person's tokens as the test server issued them. */
    public record Issued(String subject, String keycloakSession, String idToken, String accessToken,
            String refreshToken) {
    }

    /** A browser signed in: its cookies (the session cookie among them), what was issued, what it saw. */
    public record Browser(Map<String, String> cookies, Issued issued, List<Response> responses) {

        public String session() {
            return cookies.get(SESSION_COOKIE);
        }
    }

    private final WireMockServer keycloak;
    private final URI gateway;

    public WebLogins(WireMockServer keycloak, URI gateway) {
        this.keycloak = keycloak;
        this.gateway = gateway;
    }

    /** Signs a new person with these roles in through {@code /auth/login}, their tokens valid for 5 minutes. */
    public Browser signIn(String... roles) {
        return signIn(300, "rt-" + UUID.randomUUID(), roles);
    }

    /** Signs a new person in, with tokens that expire after {@code lifetimeSeconds} and this refresh token. */
    public Browser signIn(long lifetimeSeconds, String refreshToken, String... roles) {
        Issued issued = issue(UUID.randomUUID().toString(), "kc-" + UUID.randomUUID(), lifetimeSeconds, refreshToken,
                roles);
        String code = UUID.randomUUID().toString();
        keycloak.stubFor(post(TOKEN_PATH).withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=" + code)).withRequestBody(containing("code_verifier="))
                .withHeader("Authorization", matching("Basic .+"))
                .willReturn(okJson(tokenResponse(issued))));

        Response login = given().redirects().follow(false).queryParam("returnTo", "/applications/mine")
                .queryParam("lang", "en").when().get(gateway.resolve("/auth/login"));
        assertThat(login.statusCode()).as("the sign-in redirects to Keycloak").isEqualTo(302);
        Map<String, String> query = query(URI.create(login.header("Location")));
        Map<String, String> cookies = new HashMap<>(login.cookies());

        Response callback = given().redirects().follow(false).cookies(cookies)
                .queryParam("state", query.get("state")).queryParam("code", code)
                .when().get(gateway.resolve("/auth/callback"));
        assertThat(callback.statusCode()).as("the callback completes the sign-in: " + callback.asString())
                .isEqualTo(302);
        cookies.putAll(callback.cookies());
        assertThat(cookies).containsKey(SESSION_COOKIE);

        Response back = given().urlEncodingEnabled(false).redirects().follow(false).cookie(SESSION_COOKIE, cookies.get(SESSION_COOKIE))
                .when().get(URI.create(callback.header("Location")));
        assertThat(back.statusCode()).isEqualTo(302);
        return new Browser(cookies, issued, List.of(login, callback, back));
    }

    /** The refresh token is exchanged for new tokens of the same person and Keycloak session. */
    public Issued refreshesTo(Issued issued, long lifetimeSeconds) {
        Issued renewed = issue(issued.subject(), issued.keycloakSession(), lifetimeSeconds, issued.refreshToken(),
                "staff");
        keycloak.stubFor(post(TOKEN_PATH).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + issued.refreshToken()))
                .willReturn(okJson(tokenResponse(renewed))));
        return renewed;
    }

    /** Keycloak refuses the refresh token (the Keycloak session has ended). */
    public void refusesRefresh(String refreshToken) {
        keycloak.stubFor(post(TOKEN_PATH).withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}")));
    }

    /**
     * Whether a text holds something a script could read as a JWT: three base64url parts whose header and claims are
     * JSON (an encrypted JWE, five parts, reads as nothing).
     */
    public static boolean holdsAJwt(String text) {
        var matcher = DOTTED.matcher(text == null ? "" : text);
        while (matcher.find()) {
            String[] parts = matcher.group().split("\\.", -1);
            if (parts.length == 3 && isJson(parts[0]) && isJson(parts[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(String part) {
        try {
            new JsonObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
            return true;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static Issued issue(String subject, String keycloakSession, long lifetimeSeconds, String refreshToken,
            String... roles) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> person = new HashMap<>();
        person.put("sid", keycloakSession);
        person.put("family_name", "鳥取");
        person.put("given_name", "花子");
        person.put("locale", "ja");
        person.put("department", "kenko-kosodate");
        String idToken = Jwt.claims(person).subject(subject).preferredUserName("staff1")
                .issuer("https://server.example.com").audience("web").issuedAt(now).expiresAt(now + lifetimeSeconds)
                .jws().keyId("1").sign("privateKey.jwk");
        Map<String, Object> access = new HashMap<>(person);
        access.put("realm_access", Map.of("roles", List.of(roles)));
        access.put("typ", "Bearer");
        String accessToken = Jwt.claims(access).subject(subject).preferredUserName("staff1")
                .issuer("https://server.example.com").audience("https://service.example.com").issuedAt(now)
                .expiresAt(now + lifetimeSeconds).jws().keyId("1").sign("privateKey.jwk");
        return new Issued(subject, keycloakSession, idToken, accessToken, refreshToken);
    }

    private static String tokenResponse(Issued issued) {
        return new JsonObject().put("access_token", issued.accessToken()).put("id_token", issued.idToken())
                .put("refresh_token", issued.refreshToken()).put("token_type", "Bearer").put("expires_in", 300)
                .encode();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    /** The query parameters of a URL, decoded. */
    public static Map<String, String> queryOf(String url) {
        return query(URI.create(url));
    }
}
