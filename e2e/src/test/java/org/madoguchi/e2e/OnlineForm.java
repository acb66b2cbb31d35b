package org.madoguchi.e2e;

import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.PROCEDURE_ADMIN;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

/**
 * A form of a fault test's own: registered with its procedure by 情報政策課 (procadmin1), published, and learnt by
 * applications-service from {@code procedures.forms}, so that citizens can submit it. One required text field.
 */
final class OnlineForm {

    private static final String DEPARTMENT = "joho-seisaku";

    private final String id;
    private final String title;
    private final String procedureCode;

    private OnlineForm(String id, String title, String procedureCode) {
        this.id = id;
        this.title = title;
        this.procedureCode = procedureCode;
    }

    /** Registers and publishes the form, and waits until applications-service takes submissions of it. */
    static OnlineForm publish(Gateway gateway, String title, String citizen) {
        String code = "FAULT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String procedureId = gateway.as(PROCEDURE_ADMIN).body(Map.of("code", code, "name", title,
                        "kana", "こしょうしけん", "departmentCode", DEPARTMENT, "category", "情報"))
                .post("/api/v1/procedures").then().statusCode(201).extract().path("id");
        Response drafted = gateway.as(PROCEDURE_ADMIN).body(Map.of("kind", "PROCEDURE", "departmentCode", DEPARTMENT,
                        "title", title, "titleEn", "Fault test", "acceptsAnonymous", false,
                        "procedureIds", List.of(procedureId),
                        "fields", List.of(Map.of("key", "note", "label", "備考", "labelEn", "Note", "type", "TEXT",
                                "required", true, "maxLength", 200))))
                .post("/api/v1/forms").then().statusCode(201).extract().response();
        String formId = drafted.path("id");
        gateway.as(PROCEDURE_ADMIN).header("If-Match", drafted.header("ETag"))
                .post("/api/v1/forms/" + formId + "/publish").then().statusCode(200);
        // until applications-service has read the form from procedures.forms it is unknown there (404); then a
        // submission without answers is refused for its missing field (422), and nothing is stored
        eventually().until(() -> gateway.as(citizen).body(Map.of("answers", Map.of()))
                .post("/api/v1/forms/" + formId + "/applications").statusCode(), status -> status == 422);
        return new OnlineForm(formId, title, code);
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    /** The code of the form's procedure, which the procedures search finds it by. */
    String procedureCode() {
        return procedureCode;
    }

    /** The n-th submission of a stream, as a front-end sends it: the citizen's token and an Idempotency-Key of its own. */
    SteadyLoad.Request submission(String gatewayUrl, String token, int number) {
        String key = UUID.randomUUID().toString();
        String body = "{\"answers\":{\"note\":\"故障試験 " + number + "\"}}";
        return new SteadyLoad.Request(key, HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/forms/" + id
                        + "/applications"))
                .timeout(SteadyLoad.ANSWER_WITHIN)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ja")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
