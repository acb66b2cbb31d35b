package org.madoguchi.applications;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What the REST tests do again and again, over real HTTP. */
public final class Api {

    /** Sends a Content-Type as given: no charset appended that a real client would not send. */
    public static final RestAssuredConfig RAW_CHARSET = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Api() {
    }

    /** A request with the given bearer token. */
    public static RequestSpecification as(String token) {
        return given().config(RAW_CHARSET).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A request without credentials. */
    public static RequestSpecification anonymous() {
        return given().config(RAW_CHARSET).contentType(ContentType.JSON);
    }

    /** Submits answers to a form; returns the response, whatever its status. */
    public static Response submit(RequestSpecification caller, Object formId, Map<String, Object> answers) {
        return caller.body(Map.of("answers", answers)).post("/api/v1/forms/" + formId + "/applications").then()
                .extract().response();
    }

    /** Takes a workflow step as the given member of staff, with the ETag read first. */
    public static Response act(String token, Object applicationId, String action, String comment) {
        String etag = as(token).get("/api/v1/applications/" + applicationId).then().statusCode(200).extract()
                .header("ETag");
        Map<String, Object> body = comment == null ? Map.of("action", action)
                : Map.of("action", action, "comment", comment);
        return as(token).header("If-Match", etag).body(body).post("/api/v1/applications/" + applicationId + "/actions")
                .then().extract().response();
    }
}
