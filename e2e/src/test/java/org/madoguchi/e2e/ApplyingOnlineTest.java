package org.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.madoguchi.e2e.Eventually.eventually;
import static org.madoguchi.e2e.SampleUsers.CITIZEN;
import static org.madoguchi.e2e.SampleUsers.ENGLISH_CITIZEN;
import static org.madoguchi.e2e.SampleUsers.GESUIDO_STAFF;
import static org.madoguchi.e2e.SampleUsers.OTHER_CITIZEN;
import static org.madoguchi.e2e.SampleUsers.PROCEDURE_ADMIN;
import static org.madoguchi.e2e.SampleUsers.STAFF;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.madoguchi.e2e.suite.EndToEnd;
import org.madoguchi.e2e.suite.MailServer;
import org.madoguchi.e2e.suite.RunningSuite;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The story of an e-application, through the front door only: 情報政策課 (procadmin1) puts the 妊娠届出 procedure of
 * 健康・子育て推進課 online with its form; a citizen finds it by its reading and submits the form; the department
 * receives, reviews and completes it; the citizen sees the status and is told in the inbox and by mail, at the
 * address notification-service looks up in Keycloak.
 */
@EndToEnd(logs = {RunningSuite.PROCEDURES, RunningSuite.APPLICATIONS, RunningSuite.NOTIFICATION})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplyingOnlineTest {

    private static final String DEPARTMENT = "kenko-kosodate";

    private final RunningSuite suite;
    private final Gateway gateway;
    private String procedureId;
    private String formId;
    private String applicationId;
    private String receiptNumber;

    ApplyingOnlineTest(RunningSuite suite) {
        this.suite = suite;
        this.gateway = new Gateway(suite);
    }

    @BeforeAll
    void the_procedure_administrator_puts_a_procedure_and_its_form_online() {
        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        procedureId = gateway.as(PROCEDURE_ADMIN).body(Map.of("code", code, "name", "妊娠届出",
                        "kana", "にんしんとどけで", "departmentCode", DEPARTMENT, "category", "子育て",
                        "description", "妊娠したときの届出です。母子健康手帳を交付します。"))
                .post("/api/v1/procedures").then().statusCode(201).extract().path("id");

        Response drafted = gateway.as(PROCEDURE_ADMIN).body(Map.of("kind", "PROCEDURE", "departmentCode", DEPARTMENT,
                        "title", "妊娠届出書", "titleEn", "Pregnancy notification", "acceptsAnonymous", false,
                        "procedureIds", List.of(procedureId), "standardProcessingDays", 5,
                        "fields", List.of(
                                Map.of("key", "name", "label", "氏名", "labelEn", "Name", "type", "TEXT",
                                        "required", true, "maxLength", 50),
                                Map.of("key", "dueDate", "label", "出産予定日", "labelEn", "Expected date of birth",
                                        "type", "DATE", "required", true),
                                Map.of("key", "consent", "label", "個人情報の取扱いに同意します",
                                        "labelEn", "I agree to the handling of personal data", "type", "CONSENT",
                                        "required", true))))
                .post("/api/v1/forms").then().statusCode(201).extract().response();
        formId = drafted.path("id");
        gateway.as(PROCEDURE_ADMIN).header("If-Match", drafted.header("ETag"))
                .post("/api/v1/forms/" + formId + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("open", equalTo(true));

        String etag = gateway.as(PROCEDURE_ADMIN).get("/api/v1/procedures/" + procedureId).then().statusCode(200)
                .extract().header("ETag");
        gateway.as(PROCEDURE_ADMIN).header("If-Match", etag)
                .body(Map.of("status", "COMPLETED", "formId", formId))
                .post("/api/v1/procedures/" + procedureId + "/status")
                .then().statusCode(200).body("status.kind", equalTo("COMPLETED")).body("status.online", equalTo(true));
    }

    @Test
    @Order(1)
    void a_citizen_finds_the_online_procedure_by_its_reading_in_kana_and_opens_its_form() {
        gateway.as(CITIZEN).queryParam("q", "にんしんとどけ").get("/api/v1/procedures").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(procedureId))
                .body("items[0].name", equalTo("妊娠届出"))
                .body("items[0].department.code", equalTo(DEPARTMENT))
                .body("items[0].status", equalTo("COMPLETED"));
        // the reading in katakana, and anonymously, finds the same
        gateway.anonymous().queryParam("q", "ニンシン").get("/api/v1/procedures").then().statusCode(200)
                .body("items.id", hasItem(procedureId));

        gateway.as(CITIZEN).get("/api/v1/procedures/" + procedureId).then().statusCode(200)
                .body("forms[0].id", equalTo(formId))
                .body("forms[0].title", equalTo("妊娠届出書"));
        gateway.as(CITIZEN).get("/api/v1/forms/" + formId).then().statusCode(200)
                .body("open", equalTo(true))
                .body("fields.key", equalTo(List.of("name", "dueDate", "consent")))
                .body("standardProcessingDays", equalTo(5));
    }

    @Test
    @Order(2)
    void the_citizen_submits_the_form_once_applications_service_knows_it_and_gets_a_receipt_number() {
        String idempotencyKey = UUID.randomUUID().toString();
        Map<String, Object> answers = Map.of("answers", Map.of("name", "鳥取 花子", "dueDate", "2027-03-15",
                "consent", true));
        // applications-service learns the form from procedures.forms; until then the form is unknown to it (404)
        Response receipt = eventually().until(() -> gateway.as(CITIZEN).header("Idempotency-Key", idempotencyKey)
                .body(answers).post("/api/v1/forms/" + formId + "/applications").then().extract().response(),
                response -> response.statusCode() == 201);

        JsonPath body = receipt.jsonPath();
        applicationId = body.getString("applicationId");
        receiptNumber = body.getString("receiptNumber.number");
        assertThat(receiptNumber).matches("R\\d+-\\d{6}");
        assertThat(body.getString("status.code")).isEqualTo("SUBMITTED");
        assertThat(body.getString("formId")).isEqualTo(formId);
        assertThat(body.getInt("formVersion")).isEqualTo(1);
        assertThat(body.getString("dueDate")).isNotNull();
        assertThat(body.getString("lookupCode")).isNull();

        // the same request again answers with the first receipt
        gateway.as(CITIZEN).header("Idempotency-Key", idempotencyKey).body(answers)
                .post("/api/v1/forms/" + formId + "/applications").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("receiptNumber.number", equalTo(receiptNumber));
        gateway.as(CITIZEN).get("/api/v1/applications/mine").then().statusCode(200)
                .body("items.id", hasItem(applicationId));
    }

    @Test
    @Order(3)
    void another_citizen_and_another_department_cannot_see_it() {
        gateway.as(OTHER_CITIZEN).get("/api/v1/applications/" + applicationId).then().statusCode(404);
        gateway.as(GESUIDO_STAFF).get("/api/v1/applications/" + applicationId).then().statusCode(404);
        gateway.as(GESUIDO_STAFF).queryParam("formId", formId).get("/api/v1/inbox").then().statusCode(200)
                .body("total", equalTo(0));
        gateway.as(GESUIDO_STAFF).header("If-Match", "\"0\"").body(Map.of("action", "RECEIVE"))
                .post("/api/v1/applications/" + applicationId + "/actions").then().statusCode(404);
    }

    @Test
    @Order(4)
    void the_owning_department_finds_it_in_its_inbox_and_completes_it_step_by_step_with_if_match() {
        gateway.as(STAFF).queryParam("formId", formId).get("/api/v1/inbox").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(applicationId))
                .body("items[0].receiptNumber.number", equalTo(receiptNumber))
                .body("items[0].status.code", equalTo("SUBMITTED"));
        String etag = gateway.as(STAFF).get("/api/v1/applications/" + applicationId).then().statusCode(200)
                .body("answers.name", equalTo("鳥取 花子"))
                .extract().header("ETag");

        gateway.as(STAFF).body(Map.of("action", "RECEIVE")).post("/api/v1/applications/" + applicationId + "/actions")
                .then().statusCode(428);
        String received = act(etag, "RECEIVE", null, "RECEIVED");
        // the ETag read before the step is stale now
        gateway.as(STAFF).header("If-Match", etag).body(Map.of("action", "START_REVIEW"))
                .post("/api/v1/applications/" + applicationId + "/actions").then().statusCode(412);
        String underReview = act(received, "START_REVIEW", null, "UNDER_REVIEW");
        act(underReview, "COMPLETE", "母子健康手帳を交付しました。", "COMPLETED");
    }

    @Test
    @Order(5)
    void the_citizen_sees_the_completed_status_with_its_history() {
        gateway.as(CITIZEN).get("/api/v1/applications/" + applicationId).then().statusCode(200)
                .body("status.code", equalTo("COMPLETED"))
                .body("status.ja", equalTo("完了"))
                .body("history.to.code", equalTo(List.of("SUBMITTED", "RECEIVED", "UNDER_REVIEW", "COMPLETED")))
                .body("history[-1].comment", equalTo("母子健康手帳を交付しました。"))
                .body("nextActions", equalTo(List.of()));
    }

    @Test
    @Order(6)
    void the_citizen_is_told_of_each_step_in_the_inbox_and_by_mail_at_the_address_keycloak_holds() {
        List<String> titles = List.of("申請を受け付けました（受付番号 " + receiptNumber + "）",
                "申請の状況が「受付」になりました（受付番号 " + receiptNumber + "）",
                "申請の状況が「審査中」になりました（受付番号 " + receiptNumber + "）",
                "申請の状況が「完了」になりました（受付番号 " + receiptNumber + "）");
        eventually().untilAsserted(() -> gateway.as(CITIZEN).get("/api/v1/notifications/inbox").then()
                .statusCode(200)
                .body("findAll { it.title.contains('" + receiptNumber + "') }.title", equalTo(reversed(titles)))
                .body("findAll { it.title.contains('" + receiptNumber + "') }.kind", equalTo(List.of(
                        "APPLICATION_STATUS_CHANGED", "APPLICATION_STATUS_CHANGED", "APPLICATION_STATUS_CHANGED",
                        "APPLICATION_RECEIVED"))));

        List<MailServer.Mail> mails = eventually().until(() -> suite.mail().inbox("citizen1@example.com").stream()
                .filter(mail -> mail.subject().contains(receiptNumber)).toList(), found -> found.size() == 4);
        assertThat(mails).extracting(MailServer.Mail::subject).containsExactlyInAnyOrderElementsOf(titles);
        assertThat(mails.get(0).mime()).contains("To: citizen1@example.com");
    }

    @Test
    @Order(7)
    void a_citizen_whose_keycloak_locale_is_english_is_told_in_english() {
        Response receipt = gateway.as(ENGLISH_CITIZEN).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("answers", Map.of("name", "Emma Taylor", "dueDate", "2027-05-01", "consent", true)))
                .post("/api/v1/forms/" + formId + "/applications").then().statusCode(201)
                .body("receiptNumber.number", matchesPattern("R\\d+-\\d{6}")).extract().response();
        String number = receipt.path("receiptNumber.number");

        eventually().untilAsserted(() -> gateway.as(ENGLISH_CITIZEN).get("/api/v1/notifications/inbox").then()
                .statusCode(200)
                .body("find { it.kind == 'APPLICATION_RECEIVED' }.title",
                        equalTo("Application received (receipt number " + number + ")"))
                .body("find { it.kind == 'APPLICATION_RECEIVED' }.language", equalTo("en")));
        List<MailServer.Mail> mails = eventually().until(() -> suite.mail().inbox("citizen-en@example.com"),
                found -> !found.isEmpty());
        assertThat(mails.get(0).subject()).isEqualTo("Application received (receipt number " + number + ")");
    }

    private String act(String etag, String action, String comment, String expectedStatus) {
        Map<String, Object> body = comment == null ? Map.of("action", action) : Map.of("action", action,
                "comment", comment);
        return gateway.as(STAFF).header("If-Match", etag).body(body)
                .post("/api/v1/applications/" + applicationId + "/actions").then().statusCode(200)
                .body("status.code", equalTo(expectedStatus)).header("ETag", notNullValue())
                .extract().header("ETag");
    }

    private static List<String> reversed(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }
}
