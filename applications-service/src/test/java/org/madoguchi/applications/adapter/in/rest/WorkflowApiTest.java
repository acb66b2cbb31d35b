package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.madoguchi.applications.Api.act;
import static org.madoguchi.applications.Api.as;
import static org.madoguchi.applications.Api.submit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.Forms;
import org.madoguchi.applications.Tokens;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** The department's workflow over HTTP: who may take which step, from which status, with which version. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class WorkflowApiTest {

    private static final String DEPARTMENT = "fukushi";

    @Inject
    FormCatalogue catalogue;

    private String submitted(String citizen) {
        Form form = Forms.publish(catalogue, Forms.open(DEPARTMENT, Forms.everyType()));
        return submit(as(citizen), form.id(), Forms.validAnswers()).then().statusCode(201).extract()
                .path("applicationId");
    }

    @Test
    void an_application_is_received_reviewed_returned_corrected_and_completed_with_every_step_kept() {
        String citizen = Tokens.newCitizen();
        String staff = Tokens.staffOf(DEPARTMENT);
        String id = submitted(citizen);

        act(staff, id, "RECEIVE", null).then().statusCode(200).body("status.code", equalTo("RECEIVED"))
                .body("nextActions.code", containsInAnyOrder("START_REVIEW", "REJECT", "RETURN_FOR_CORRECTION"));
        act(staff, id, "START_REVIEW", "書類を確認します").then().statusCode(200).body("status.ja", equalTo("審査中"));
        act(staff, id, "RETURN_FOR_CORRECTION", "住所の番地が抜けています").then().statusCode(200)
                .body("status.code", equalTo("RETURNED"));
        Map<String, Object> corrected = new HashMap<>(Forms.validAnswers());
        corrected.put("address", "鳥取市尚徳町116番地");
        as(citizen).body(Map.of("answers", corrected, "comment", "番地を追記しました"))
                .put("/api/v1/applications/" + id + "/answers").then().statusCode(200)
                .body("status.code", equalTo("SUBMITTED")).body("answers.address", equalTo("鳥取市尚徳町116番地"));
        act(staff, id, "RECEIVE", null).then().statusCode(200);
        act(staff, id, "START_REVIEW", null).then().statusCode(200);
        Response done = act(Tokens.colleagueIn(DEPARTMENT), id, "COMPLETE", "交付決定");

        done.then().statusCode(200).body("status.code", equalTo("COMPLETED")).body("nextActions", hasSize(0))
                .body("history", hasSize(8)).body("version", equalTo(8))
                .body("history.to.code", equalTo(List.of("SUBMITTED", "RECEIVED", "UNDER_REVIEW", "RETURNED",
                        "SUBMITTED", "RECEIVED", "UNDER_REVIEW", "COMPLETED")))
                .body("history[3].comment", equalTo("住所の番地が抜けています"))
                .body("history[3].by", equalTo("s-" + DEPARTMENT))
                .body("history[4].action.code", equalTo("RESUBMIT"))
                .body("history[7].by", equalTo("s2-" + DEPARTMENT));
        as(citizen).body(Map.of()).post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(409)
                .body("type", endsWith("/invalid-transition"));
    }

    @Test
    void a_step_that_cannot_start_from_the_status_is_409_naming_the_steps_that_can() {
        String id = submitted(Tokens.newCitizen());

        act(Tokens.staffOf(DEPARTMENT), id, "COMPLETE", null).then().statusCode(409)
                .body("type", endsWith("/invalid-transition"))
                .body("detail", equalTo("申請の状態が「申請済」のため、「完了」は行えません。今行える操作: 受付、却下、差戻し"));
        String etag = as(Tokens.staffOf(DEPARTMENT)).get("/api/v1/applications/" + id).then().extract().header("ETag");
        as(Tokens.staffOf(DEPARTMENT)).header("Accept-Language", "en").header("If-Match", etag)
                .body(Map.of("action", "START_REVIEW")).post("/api/v1/applications/" + id + "/actions").then()
                .statusCode(409).body("detail", containsString("Possible now: Receive, Reject, Return for correction"));
    }

    @Test
    void rejecting_or_returning_needs_the_reason_and_rejection_is_final() {
        String citizen = Tokens.newCitizen();
        String id = submitted(citizen);
        String staff = Tokens.staffOf(DEPARTMENT);

        act(staff, id, "REJECT", "  ").then().statusCode(400).body("errors[0].field", equalTo("comment"))
                .body("errors[0].code", equalTo("comment-required"));
        act(staff, id, "RETURN_FOR_CORRECTION", null).then().statusCode(400);
        act(staff, id, "REJECT", "x".repeat(2001)).then().statusCode(400).body("errors[0].code", equalTo("too-long"));
        act(staff, id, "REJECT", "対象となる世帯ではありません").then().statusCode(200)
                .body("status.code", equalTo("REJECTED"));
        act(staff, id, "RECEIVE", null).then().statusCode(409);
        as(citizen).get("/api/v1/applications/" + id).then().body("nextActions", hasSize(0));
    }

    @Test
    void the_applicant_withdraws_before_completion_and_nobody_else_can() {
        String citizen = Tokens.newCitizen();
        String id = submitted(citizen);

        as(Tokens.newCitizen()).body(Map.of()).post("/api/v1/applications/" + id + "/withdrawal").then()
                .statusCode(404);
        act(Tokens.staffOf(DEPARTMENT), id, "WITHDRAW", null).then().statusCode(400)
                .body("errors[0].code", equalTo("not-a-department-action"));
        act(Tokens.staffOf(DEPARTMENT), id, "RECEIVE", null).then().statusCode(200);
        as(citizen).body(Map.of("comment", "別の窓口で手続きしました"))
                .post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(200)
                .body("status.code", equalTo("WITHDRAWN")).body("history[2].comment", equalTo("別の窓口で手続きしました"));
        as(citizen).body(Map.of("answers", Forms.validAnswers())).put("/api/v1/applications/" + id + "/answers")
                .then().statusCode(409);
    }

    @Test
    void staff_of_another_department_and_citizens_cannot_take_a_step() {
        String id = submitted(Tokens.newCitizen());

        as(Tokens.staffOf("kankyo")).header("If-Match", "\"1\"").body(Map.of("action", "RECEIVE"))
                .post("/api/v1/applications/" + id + "/actions").then().statusCode(404);
        as(Tokens.newCitizen()).header("If-Match", "\"1\"").body(Map.of("action", "RECEIVE"))
                .post("/api/v1/applications/" + id + "/actions").then().statusCode(403);
        as(Tokens.staffOf(DEPARTMENT)).get("/api/v1/applications/" + id).then().body("status.code", equalTo("SUBMITTED"));
    }

    @Test
    void two_members_of_staff_acting_on_the_same_version_cannot_overwrite_each_other() {
        String id = submitted(Tokens.newCitizen());
        String etag = as(Tokens.staffOf(DEPARTMENT)).get("/api/v1/applications/" + id).then().extract().header("ETag");

        as(Tokens.staffOf(DEPARTMENT)).header("If-Match", etag).body(Map.of("action", "RECEIVE"))
                .post("/api/v1/applications/" + id + "/actions").then().statusCode(200);
        as(Tokens.colleagueIn(DEPARTMENT)).header("If-Match", etag)
                .body(Map.of("action", "RETURN_FOR_CORRECTION", "comment", "添付が不足"))
                .post("/api/v1/applications/" + id + "/actions").then().statusCode(412)
                .body("type", endsWith("/stale-version"));
        as(Tokens.staffOf(DEPARTMENT)).body(Map.of("action", "START_REVIEW"))
                .post("/api/v1/applications/" + id + "/actions").then().statusCode(428);
        Response now = as(Tokens.staffOf(DEPARTMENT)).get("/api/v1/applications/" + id);
        assertThat(now.<String>path("status.code")).isEqualTo("RECEIVED");
        assertThat(now.header("ETag")).isEqualTo("\"2\"");
    }
}
