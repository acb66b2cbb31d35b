package org.madoguchi.e2e;

import static io.restassured.RestAssured.given;

import org.madoguchi.e2e.suite.RunningSuite;

import io.restassured.config.EncoderConfig;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to the front door, the only way the end-to-end tests reach the suite. */
final class Gateway {

    /** Sends a Content-Type as given: no charset appended that a real client would not send. */
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            // a test's own Accept-Language or Authorization replaces the default one instead of adding to it
            .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Accept-Language", "Authorization"));

    private final String baseUrl;
    private final SampleUsers users;

    Gateway(RunningSuite suite) {
        this(suite, suite.gatewayUrl());
    }

    Gateway(RunningSuite suite, String baseUrl) {
        this.baseUrl = baseUrl;
        this.users = new SampleUsers(suite.issuer());
    }

    /** A request signed in as a sample user, in Japanese, with a JSON body if it has one. */
    RequestSpecification as(String username) {
        return anonymous().auth().oauth2(users.token(username));
    }

    /** A request without a token. */
    RequestSpecification anonymous() {
        return given().baseUri(baseUrl).config(CONFIG).contentType(ContentType.JSON)
                .header("Accept-Language", "ja");
    }

    SampleUsers users() {
        return users;
    }
}
