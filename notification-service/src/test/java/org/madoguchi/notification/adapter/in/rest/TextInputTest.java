package org.madoguchi.notification.adapter.in.rest;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.Caller;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.testing.BadText;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every write endpoint that takes JSON, every text field of its body, every kind of {@link BadText}: a 400
 * {@code invalid-text} problem naming the field, and nothing written; the valid body is posted last to show that
 * it would have been.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class TextInputTest {

    /** Every PUT and POST of the service that takes a JSON body; each has a test below. */
    static final List<String> WRITE_ENDPOINTS_WITH_JSON = List.of(
            "PUT /api/v1/notifications/preferences",
            "POST /api/v1/announcements");

    private static String json(Map<String, String> fields, String badField, BadText bad) {
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, value) -> body.append(body.length() > 1 ? "," : "").append('"').append(name).append("\":\"")
                .append(name.equals(badField) ? bad.inJson() : value).append('"'));
        return body.append('}').toString();
    }

    @Test
    void bad_text_in_any_field_of_the_preferences_is_refused_and_nothing_is_stored() {
        Caller person = Caller.citizen(Language.JA).listed();
        Map<String, String> fields = Map.of("language", "en", "email", "hanako@example.jp", "messagingId", "U1");
        for (String field : fields.keySet()) {
            for (BadText bad : BadText.values()) {
                person.call().body(json(fields, field, bad)).put("/api/v1/notifications/preferences").then()
                        .statusCode(400).body("type", endsWith("/invalid-text"))
                        .body("errors.field", hasItem(field)).body("errors.code", hasItem(bad.code()));
            }
        }
        person.call().get("/api/v1/notifications/preferences").then().body("email", equalTo(null));

        person.call().body(json(fields, "", BadText.NUL)).put("/api/v1/notifications/preferences").then().statusCode(200)
                .body("email", equalTo("hanako@example.jp"));
    }

    @Test
    void bad_text_in_any_field_of_an_announcement_is_refused_and_nothing_is_drafted() {
        Caller infoPolicy = Caller.infoPolicy();
        String marker = "text-input-" + UUID.randomUUID();
        Map<String, String> fields = Map.of("title", marker, "titleEn", "Notice", "body", "本文", "bodyEn", "Body",
                "audience", "DEPARTMENT", "department", "somu",
                "from", "2031-01-01T00:00:00Z", "until", "2031-02-01T00:00:00Z");
        for (String field : List.of("title", "titleEn", "body", "bodyEn", "department")) {
            for (BadText bad : BadText.values()) {
                infoPolicy.call().body(json(fields, field, bad)).post("/api/v1/announcements").then()
                        .statusCode(400).body("type", endsWith("/invalid-text")).body("errors.field", hasItem(field));
            }
        }
        infoPolicy.call().get("/api/v1/announcements").then().body("title", not(hasItem(marker)));

        infoPolicy.call().body(json(fields, "", BadText.NUL)).post("/api/v1/announcements").then().statusCode(201);
        infoPolicy.call().get("/api/v1/announcements").then().body("title", hasItem(marker));
    }
}
