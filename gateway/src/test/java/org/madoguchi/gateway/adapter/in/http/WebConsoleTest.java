package org.madoguchi.gateway.adapter.in.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.Tokens;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The web console's files: every page address answers the app's index.html (history routing), never cached stale;
 * the hashed assets are kept a year; the security headers on all of it; the API, the sign-in and Quarkus's own
 * pages as before. (The test class path holds a small index.html and assets/x.js in META-INF/resources.)
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class WebConsoleTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void every_page_address_of_the_app_answers_its_index_page_never_cached_stale() {
        for (String page : new String[] {"/", "/index.html", "/procedures/42", "/staff/inbox", "/ops/events/stream"}) {
            given().header("Accept", BROWSER_ACCEPT).when().get(page)
                    .then().statusCode(200).contentType(containsString("text/html"))
                    .header("Cache-Control", "no-cache")
                    .body(containsString("<div id=\"root\"></div>"));
        }
        given().header("Accept", BROWSER_ACCEPT).when().head("/procedures/42").then().statusCode(200)
                .header("Cache-Control", "no-cache");
    }

    @Test
    void the_hashed_assets_are_kept_a_year() {
        given().header("Accept", "*/*").when().get("/assets/x.js")
                .then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .body(containsString("madoguchi"));
    }

    @Test
    void the_console_carries_a_content_security_policy_without_inline_scripts_and_the_other_security_headers() {
        for (String path : new String[] {"/", "/procedures/42", "/assets/x.js"}) {
            given().header("Accept", BROWSER_ACCEPT).when().get(path).then()
                    .header("Content-Security-Policy", equalTo(WebConsole.CONTENT_SECURITY_POLICY))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("Content-Security-Policy", containsString("img-src 'self' data:"))
                    .header("Content-Security-Policy", containsString("connect-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin");
        }
    }

    @Test
    void a_file_that_is_not_there_is_a_404_not_the_app() {
        given().header("Accept", BROWSER_ACCEPT).when().get("/assets/missing.js").then().statusCode(404);
        given().header("Accept", "image/avif,image/webp,*/*").when().get("/favicon-missing.ico").then().statusCode(404);
    }

    @Test
    void the_api_the_sign_in_and_quarkus_pages_are_never_the_app() {
        given().header("Accept", BROWSER_ACCEPT).auth().oauth2(Tokens.staff()).when().get("/api/v1/procedures")
                .then().statusCode(200).body("upstream", equalTo("procedures"))
                .header("Content-Security-Policy", nullValue());
        given().header("Accept", BROWSER_ACCEPT).when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Accept", BROWSER_ACCEPT).when().get("/auth/session").then().statusCode(200)
                .body("authenticated", equalTo(false));
        given().header("Accept", BROWSER_ACCEPT).when().get("/q/health/ready").then().statusCode(200)
                .header("Content-Security-Policy", nullValue());
    }
}
