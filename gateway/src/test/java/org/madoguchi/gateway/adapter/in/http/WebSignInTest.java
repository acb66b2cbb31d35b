package org.madoguchi.gateway.adapter.in.http;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.FakeUpstream;
import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.Tokens;
import org.madoguchi.gateway.WebLogins;
import org.madoguchi.gateway.domain.model.SessionId;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The web console's sign-in through the gateway (backend-for-frontend): the code flow with PKCE, a session cookie
 * that only refers to tokens kept in the gateway's database, the access token added to forwarded calls, CSRF
 * protection of changes, refresh, logout; bearer callers as before.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class WebSignInTest {

    @OidcWireMock
    WireMockServer keycloak;

    @TestHTTPResource("/")
    URL gateway;

    @Inject
    AgroalDataSource dataSource;

    private WebLogins logins;

    @BeforeEach
    void a_browser() throws Exception {
        logins = new WebLogins(keycloak, gateway.toURI());
    }

    private static String id() {
        return "web-" + UUID.randomUUID();
    }

    private static RequestSpecification as(WebLogins.Browser browser) {
        return given().redirects().follow(false).cookie(WebLogins.SESSION_COOKIE, browser.session());
    }

    @Test
    void signing_in_runs_the_code_flow_with_pkce_for_the_web_client_in_the_language_asked_for() {
        Response login = given().redirects().follow(false).queryParam("returnTo", "/mine").queryParam("lang", "en")
                .when().get("/auth/login");

        assertThat(login.statusCode()).isEqualTo(302);
        String location = login.header("Location");
        assertThat(location).startsWith(keycloak.baseUrl() + "/auth/realms/quarkus/protocol/openid-connect/auth?");
        Map<String, String> query = WebLogins.queryOf(location);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "web")
                .containsEntry("code_challenge_method", "S256").containsEntry("ui_locales", "en")
                .containsEntry("redirect_uri", gateway.toString() + "auth/callback")
                .containsKeys("state", "code_challenge");
        assertThat(query.get("scope")).contains("openid");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");

        assertThat(WebLogins.queryOf(given().redirects().follow(false).queryParam("lang", "fr").get("/auth/login")
                .header("Location"))).doesNotContainKey("ui_locales");
    }

    @Test
    void the_browser_gets_only_an_httponly_secure_lax_cookie_that_refers_to_tokens_kept_in_the_gateways_database()
            throws Exception {
        WebLogins.Browser browser = logins.signIn("staff");

        Response callback = browser.responses().get(1);
        Cookie session = callback.detailedCookie(WebLogins.SESSION_COOKIE);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecured()).isTrue();
        assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(session.getPath()).isEqualTo("/");
        assertThat(SessionId.isWellFormed(session.getValue())).isTrue();
        assertThat(callback.header("Location")).isEqualTo(gateway + "auth/login?returnTo=%2Fapplications%2Fmine&lang=en");
        assertThat(browser.responses().get(2).header("Location")).isEqualTo("/applications/mine");
        assertThat(WebLogins.holdsAJwt("x=" + browser.issued().accessToken())).as("the check finds a JWT").isTrue();
        for (Response response : browser.responses()) {
            assertThat(response.headers().getValues("Set-Cookie")).noneMatch(WebLogins::holdsAJwt);
            assertThat(WebLogins.holdsAJwt(response.asString())).isFalse();
        }

        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id_token, access_token, refresh_token"
                     + " from web_session where id = ?")) {
            s.setString(1, new SessionId(browser.session()).digest());
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).as("the session is kept under the digest of the cookie's value").isTrue();
                for (int column = 1; column <= 3; column++) {
                    assertThat(row.getString(column)).as("kept encrypted").isNotBlank()
                            .doesNotContain(browser.issued().accessToken()).doesNotContain(browser.issued().idToken())
                            .doesNotContain(browser.issued().refreshToken());
                    assertThat(WebLogins.holdsAJwt(row.getString(column))).isFalse();
                }
            }
        }
    }

    @Test
    void the_session_answer_says_who_is_signed_in_with_a_csrf_token_and_never_a_token() {
        WebLogins.Browser browser = logins.signIn("staff", "default-roles-madoguchi");

        Response session = as(browser).when().get("/auth/session");

        session.then().statusCode(200).contentType("application/json").header("Cache-Control", "no-store")
                .body("authenticated", equalTo(true))
                .body("subject", equalTo(browser.issued().subject()))
                .body("username", equalTo("staff1"))
                .body("name", equalTo("鳥取 花子"))
                .body("roles", equalTo(List.of("staff")))
                .body("department", equalTo("kenko-kosodate"))
                .body("managedSite", nullValue())
                .body("locale", equalTo("ja"));
        assertThat(session.jsonPath().getString("csrfToken")).hasSize(43);
        assertThat(session.asString()).doesNotContain(browser.issued().accessToken())
                .doesNotContain(browser.issued().idToken()).doesNotContain(browser.issued().refreshToken());
        assertThat(WebLogins.holdsAJwt(session.asString())).isFalse();

        given().when().get("/auth/session").then().statusCode(200).header("Cache-Control", "no-store")
                .body("authenticated", equalTo(false)).body("csrfToken", nullValue());
    }

    @Test
    void a_call_with_the_cookie_reaches_the_service_with_the_access_token_and_without_the_sign_in_cookies() {
        WebLogins.Browser browser = logins.signIn("staff");
        String requestId = id();

        as(browser).cookie("theme", "dark").header("X-Request-Id", requestId).when().get("/api/v1/lending/devices")
                .then().statusCode(200).body("upstream", equalTo("lending"));

        FakeUpstream.Received received = FakeUpstreams.upstream("lending").receivedWithId(requestId).orElseThrow();
        assertThat(received.headers("authorization")).containsExactly("Bearer " + browser.issued().accessToken());
        assertThat(received.headers("cookie")).containsExactly("theme=dark");
    }

    @Test
    void public_paths_pass_with_the_session_and_get_its_token_too() {
        WebLogins.Browser browser = logins.signIn("citizen");
        String requestId = id();

        as(browser).header("X-Request-Id", requestId).when().get("/api/v1/procedures?q=hoiku").then().statusCode(200);

        assertThat(FakeUpstreams.upstream("procedures").receivedWithId(requestId).orElseThrow().headers("authorization"))
                .containsExactly("Bearer " + browser.issued().accessToken());
    }

    @Test
    void a_change_without_the_sessions_csrf_token_is_refused_and_never_forwarded() {
        WebLogins.Browser browser = logins.signIn("staff");
        String csrf = as(browser).get("/auth/session").jsonPath().getString("csrfToken");

        String missing = id();
        as(browser).header("X-Request-Id", missing).contentType("application/json").body("{}")
                .when().post("/api/v1/lending/reservations")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/csrf-token-invalid")).body("title", equalTo("操作を確認できませんでした"));
        String wrong = id();
        as(browser).header("X-Request-Id", wrong).header("X-CSRF-Token", csrf.substring(1) + "x")
                .header("Accept-Language", "en").contentType("application/json").body("{}")
                .when().delete("/api/v1/lending/reservations/9")
                .then().statusCode(403).body("title", equalTo("The request could not be confirmed"));
        String otherSite = id();
        as(browser).header("X-Request-Id", otherSite).header("X-CSRF-Token", csrf)
                .header("Origin", "https://evil.example").contentType("application/json").body("{}")
                .when().post("/api/v1/lending/reservations").then().statusCode(403);
        String crossSite = id();
        as(browser).header("X-Request-Id", crossSite).header("X-CSRF-Token", csrf).header("Sec-Fetch-Site", "cross-site")
                .contentType("application/json").body("{}")
                .when().put("/api/v1/notifications/preferences").then().statusCode(403);
        for (String refused : List.of(missing, wrong, otherSite, crossSite)) {
            assertThat(FakeUpstreams.receiverOf(refused)).as(refused).isEmpty();
        }

        String sameOrigin = id();
        as(browser).header("X-Request-Id", sameOrigin).header("X-CSRF-Token", csrf)
                .header("Origin", gateway.toString().replaceAll("/$", "")).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/json").body("{}")
                .when().post("/api/v1/lending/reservations").then().statusCode(200).body("upstream", equalTo("lending"));
        String frontEnd = id();
        as(browser).header("X-Request-Id", frontEnd).header("X-CSRF-Token", csrf)
                .header("Origin", "https://portal.example.city").header("Sec-Fetch-Site", "same-site")
                .contentType("application/json").body("{}")
                .when().patch("/api/v1/lending/reservations/9").then().statusCode(200);
        assertThat(FakeUpstreams.receiverOf(sameOrigin)).contains("lending");
        assertThat(FakeUpstreams.receiverOf(frontEnd)).contains("lending");
    }

    @Test
    void a_bearer_caller_needs_no_csrf_token_and_its_own_token_goes_on_even_beside_a_session_cookie() {
        WebLogins.Browser browser = logins.signIn("staff");
        String token = Tokens.staff();
        String requestId = id();

        as(browser).auth().oauth2(token).header("X-Request-Id", requestId).contentType("application/json").body("{}")
                .when().post("/api/v1/lending/reservations").then().statusCode(200);

        FakeUpstream.Received received = FakeUpstreams.upstream("lending").receivedWithId(requestId).orElseThrow();
        assertThat(received.headers("authorization")).containsExactly("Bearer " + token);
        assertThat(received.headers()).doesNotContainKey("cookie");
    }

    @Test
    void the_ops_stream_and_the_rate_limit_know_the_session_by_its_subject() {
        WebLogins.Browser browser = logins.signIn("staff");
        as(browser).when().get(OpsEventStream.PATH).then().statusCode(403).body("type", endsWith("/ops-role-required"));

        // the signed-in limit of the tests is 20 an hour per subject: the person's bearer calls and cookie calls share it
        String token = Tokens.of(browser.issued().subject(), "staff");
        for (int i = 0; i < 20; i++) {
            RequestSpecification request = i % 2 == 0 ? as(browser) : given().auth().oauth2(token);
            request.when().get("/api/v1/lending/devices").then().statusCode(200);
        }
        as(browser).when().get("/api/v1/lending/devices").then().statusCode(429)
                .body("type", endsWith("/rate-limit-exceeded"));
        given().auth().oauth2(token).when().get("/api/v1/lending/devices").then().statusCode(429);
    }

    @Test
    void return_to_takes_the_browser_only_to_a_path_of_this_origin() {
        WebLogins.Browser browser = logins.signIn("citizen");
        Map<String, String> expected = Map.of(
                "/procedures/42?tab=forms", "/procedures/42?tab=forms",
                "https://evil.example/", "/",
                "//evil.example/path", "/",
                "/\\evil.example", "/",
                "javascript:alert(1)", "/");
        expected.forEach((returnTo, location) -> as(browser).queryParam("returnTo", returnTo)
                .when().get("/auth/login").then().statusCode(302).header("Location", equalTo(location)));
        as(browser).when().get("/auth/login").then().statusCode(302).header("Location", equalTo("/"));
    }

    @Test
    void an_expired_session_is_refreshed_keeping_its_csrf_token_and_the_old_cookie_passes_for_a_moment() {
        WebLogins.Browser browser = logins.signIn(3, "rt-" + UUID.randomUUID(), "staff");
        String csrf = as(browser).get("/auth/session").jsonPath().getString("csrfToken");
        WebLogins.Issued renewed = logins.refreshesTo(browser.issued(), 300);

        AtomicReference<String> newCookie = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String requestId = id();
            Response answer = as(browser).header("X-Request-Id", requestId).get("/api/v1/lending/devices");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(FakeUpstreams.upstream("lending").receivedWithId(requestId).orElseThrow().headers("authorization"))
                    .containsExactly("Bearer " + renewed.accessToken());
            newCookie.set(answer.cookie(WebLogins.SESSION_COOKIE));
        });

        assertThat(newCookie.get()).isNotNull().isNotEqualTo(browser.session());
        given().cookie(WebLogins.SESSION_COOKIE, newCookie.get()).get("/auth/session").then()
                .body("authenticated", equalTo(true)).body("csrfToken", equalTo(csrf));
        as(browser).get("/api/v1/lending/devices").then().statusCode(200);
    }

    @Test
    void a_session_whose_refresh_keycloak_refuses_ends_and_the_api_asks_to_sign_in() {
        String refreshToken = "rt-" + UUID.randomUUID();
        WebLogins.Browser browser = logins.signIn(3, refreshToken, "staff");
        logins.refusesRefresh(refreshToken);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Response refused = as(browser).get("/api/v1/lending/devices");
            refused.then().statusCode(401).contentType("application/problem+json")
                    .body("type", endsWith("/sign-in-required"))
                    .header("Location", nullValue()).header("WWW-Authenticate", nullValue());
            assertThat(refused.detailedCookie(WebLogins.SESSION_COOKIE).getMaxAge()).as("cookie cleared").isZero();
            assertThat(refused.cookies().keySet()).as("no sign-in begun for a page's call")
                    .noneMatch(name -> name.startsWith("q_auth"));
        });
        as(browser).get("/auth/session").then().statusCode(200).body("authenticated", equalTo(false));
    }

    @Test
    void logout_needs_the_csrf_token_revokes_the_refresh_token_and_ends_the_session() {
        keycloak.stubFor(post(WebLogins.REVOKE_PATH).willReturn(ok()));
        WebLogins.Browser browser = logins.signIn("staff");
        String csrf = as(browser).get("/auth/session").jsonPath().getString("csrfToken");

        as(browser).when().post("/auth/logout").then().statusCode(403).body("type", endsWith("/csrf-token-invalid"));
        as(browser).get("/auth/session").then().body("authenticated", equalTo(true));

        Response logout = as(browser).header("X-CSRF-Token", csrf).when().post("/auth/logout");
        logout.then().statusCode(200).header("Cache-Control", "no-store").body("loggedOut", equalTo(true));
        Cookie cleared = logout.detailedCookie(WebLogins.SESSION_COOKIE);
        assertThat(cleared.getValue()).isEmpty();
        assertThat(cleared.getMaxAge()).isZero();
        keycloak.verify(postRequestedFor(urlEqualTo(WebLogins.REVOKE_PATH))
                .withRequestBody(containing("token=" + browser.issued().refreshToken())));

        String requestId = id();
        as(browser).header("X-Request-Id", requestId).get("/api/v1/lending/devices").then().statusCode(401)
                .body("type", endsWith("/sign-in-required"));
        assertThat(FakeUpstreams.receiverOf(requestId)).isEmpty();
        as(browser).get("/auth/session").then().body("authenticated", equalTo(false));
        given().post("/auth/logout").then().statusCode(200).body("loggedOut", equalTo(true));
    }

    @Test
    void a_cookie_that_refers_to_no_session_is_no_session() {
        String requestId = id();
        given().cookie(WebLogins.SESSION_COOKIE, SessionId.random().value()).header("X-Request-Id", requestId)
                .get("/api/v1/lending/devices").then().statusCode(401).body("type", endsWith("/sign-in-required"));
        given().cookie(WebLogins.SESSION_COOKIE, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                .get("/api/v1/lending/devices").then().statusCode(401);
        given().cookie(WebLogins.SESSION_COOKIE, SessionId.random().value()).get("/auth/session").then()
                .statusCode(200).body("authenticated", equalTo(false));
        given().cookie(WebLogins.SESSION_COOKIE, SessionId.random().value()).get("/api/v1/procedures").then()
                .statusCode(401);
        assertThat(FakeUpstreams.receiverOf(requestId)).isEmpty();
    }
}
