package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.RunningSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web console's sign-in through the gateway (backend-for-frontend) with the real Keycloak, as a browser makes it
 * in plain HTTP: the gateway sends the browser to Keycloak's login form (code flow with PKCE, client {@code web}),
 * staff1 signs in there, Keycloak sends it back to the gateway's callback, which gives it only a session cookie;
 * with that cookie (and the CSRF token for changes) the services answer as for a bearer token; logout ends the
 * session at the gateway and at Keycloak.
 */
@EndToEnd(logs = {RunningSuite.LENDING})
class BrowserSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern JWS = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");

    private final String gateway;
    private final String keycloak;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** The browser's cookies, by host:port. */
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    BrowserSignInTest(RunningSuite suite) {
        this.gateway = suite.gatewayUrl();
        this.keycloak = URI.create(suite.issuer()).resolve("/").toString();
    }

    @Test
    void staff_sign_in_at_keycloak_through_the_gateway_use_the_api_with_the_cookie_and_sign_out() throws Exception {
        // the gateway sends the browser to Keycloak: code flow with PKCE for the client web, in Japanese
        HttpResponse<String> login = get(gateway + "/auth/login?returnTo=%2Fapplications%2Fmine&lang=ja");
        assertThat(login.statusCode()).isEqualTo(302);
        String authorization = location(login);
        assertThat(authorization).startsWith(keycloak).contains("/protocol/openid-connect/auth?")
                .contains("client_id=web").contains("code_challenge_method=S256").contains("ui_locales=ja");

        // Keycloak's login form, posted as a person would
        HttpResponse<String> form = get(authorization);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn = postForm(loginAction(form.body()),
                Map.of("username", SampleUsers.STAFF, "password", SampleUsers.PASSWORD, "credentialId", ""));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        String callback = location(signedIn);
        assertThat(callback).startsWith(gateway + "/auth/callback?");

        // the callback: the session cookie, and back to where the sign-in began
        HttpResponse<String> back = get(callback);
        assertThat(back.statusCode()).isEqualTo(302);
        List<String> setCookies = back.headers().allValues("set-cookie");
        String sessionCookie = setCookies.stream().filter(c -> c.startsWith("q_session_web=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Path=/").containsIgnoringCase("Secure");
        assertThat(setCookies).noneMatch(c -> JWS.matcher(c).find());
        HttpResponse<String> home = get(location(back));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home)).isEqualTo("/applications/mine");

        // who is signed in, without a token in sight
        HttpResponse<String> session = get(gateway + "/auth/session");
        JsonNode me = JSON.readTree(session.body());
        assertThat(me.path("authenticated").asBoolean()).isTrue();
        assertThat(me.path("username").asText()).isEqualTo(SampleUsers.STAFF);
        assertThat(me.path("roles")).extracting(JsonNode::asText).contains("staff");
        assertThat(me.path("department").asText()).isEqualTo("kenko-kosodate");
        assertThat(me.path("locale").asText()).isIn("ja", "en");
        String csrf = me.path("csrfToken").asText();
        assertThat(csrf).hasSize(43);
        assertThat(JWS.matcher(session.body()).find()).isFalse();

        // the services take the session's access token, which the gateway adds
        assertThat(get(gateway + "/api/v1/lending/sites").statusCode()).isEqualTo(200);
        HttpResponse<String> withoutToken = post(gateway + "/api/v1/lending/reservations", "{}", Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("csrf-token-invalid");
        HttpResponse<String> withToken = post(gateway + "/api/v1/lending/reservations", "{}",
                Map.of("X-CSRF-Token", csrf));
        assertThat(withToken.statusCode()).as("the service itself judges the empty booking: " + withToken.body())
                .isIn(400, 422);

        // logout: the gateway's session and Keycloak's end
        HttpResponse<String> logout = post(gateway + "/auth/logout", "", Map.of("X-CSRF-Token", csrf));
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(logout.body()).path("loggedOut").asBoolean()).isTrue();
        cookies.computeIfAbsent(host(gateway), h -> new LinkedHashMap<>())
                .put("q_session_web", sessionCookie.substring("q_session_web=".length(), sessionCookie.indexOf(';')));
        HttpResponse<String> afterwards = get(gateway + "/api/v1/lending/sites");
        assertThat(afterwards.statusCode()).isEqualTo(401);
        assertThat(afterwards.body()).contains("sign-in-required");
        cookies.get(host(gateway)).remove("q_session_web");
        HttpResponse<String> again = get(location(get(gateway + "/auth/login")));
        assertThat(again.statusCode()).as("Keycloak asks for the password again").isEqualTo(200);
        assertThat(loginAction(again.body())).contains("/login-actions/");
    }

    private static String loginAction(String html) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            String tag = forms.group();
            Matcher action = ACTION.matcher(tag);
            if (tag.contains("kc-form-login") && action.find()) {
                return action.group(1).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no login form in Keycloak's page: " + html);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
    }

    private HttpResponse<String> postForm(String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), url);
    }

    private HttpResponse<String> post(String url, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Origin", gateway).POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request, url);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String url) throws IOException, InterruptedException {
        Map<String, String> jar = cookies.computeIfAbsent(host(url), h -> new LinkedHashMap<>());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
        return response;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("location").orElseThrow(
                () -> new AssertionError("no Location in a " + response.statusCode() + ": " + response.body()));
    }

    private static String host(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort();
    }
}
