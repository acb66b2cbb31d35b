package org.madoguchi.procedures.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.madoguchi.procedures.Api.as;
import static org.madoguchi.procedures.Api.procedure;
import static org.madoguchi.procedures.Api.register;
import static org.madoguchi.procedures.Api.uniqueCode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.procedures.Api;
import org.madoguchi.procedures.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The procedure registry over HTTP on the real database: who may do what, the status rules, the history, the problems. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProcedureApiTest {

    private static final String NEXT_YEAR = Integer.toString(LocalDate.now(ZoneId.of("Asia/Tokyo")).getYear() + 1);

    @Test
    void a_procedure_admin_registers_a_procedure_for_any_department_and_gets_it_back_with_an_etag() {
        String code = uniqueCode("REG");
        Map<String, Object> body = procedure(code, "児童手当認定請求", "ジドウテアテ　ニンテイセイキュウ", "kodomo-katei");
        body.put("plannedFiscalYear", "令和" + (Integer.parseInt(NEXT_YEAR) - 2018) + "年度");
        body.put("sealReview", Map.of("sealRequired", true, "paperRequired", true, "inPersonRequired", false,
                "outcome", "ABOLISHED"));

        Response created = register(body);

        assertThat(created.header("Location")).endsWith("/api/v1/procedures/" + created.path("id"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        created.then().body("code", equalTo(code))
                .body("kana", equalTo("じどうてあて にんていせいきゅう"))
                .body("department.name", equalTo("こども家庭課"))
                .body("department.nameEn", equalTo("Children and Families Division"))
                .body("status.kind", equalTo("PLANNED"))
                .body("status.label.ja", equalTo("計画"))
                .body("status.fiscalYear.year", equalTo(Integer.parseInt(NEXT_YEAR)))
                .body("status.fiscalYear.gregorian", equalTo("FY" + NEXT_YEAR))
                .body("status.fiscalYear.era", startsWith("令和"))
                .body("sealReview.outcomeLabel.ja", equalTo("廃止"));
    }

    @Test
    void staff_register_for_their_own_department_but_not_for_another() {
        as(Tokens.staffOf("kenko-kosodate")).body(procedure(uniqueCode("OWN"), "乳幼児健診予約", "にゅうようじけんしんよやく",
                "kenko-kosodate")).post("/api/v1/procedures").then().statusCode(201);

        as(Tokens.staffOf("kenko-kosodate")).header("Accept-Language", "en")
                .body(procedure(uniqueCode("OTHER"), "市税期限延長申請", "しぜいきげんえんちょうしんせい", "shiminzei"))
                .post("/api/v1/procedures").then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Not the owning department"));
    }

    @Test
    void citizens_and_anonymous_callers_cannot_register() {
        as(Tokens.citizen()).body(procedure(uniqueCode("CIT"), "名前", "なまえ", "somu")).post("/api/v1/procedures")
                .then().statusCode(403).body("title", equalTo("権限がありません"));
        given().contentType(ContentType.JSON).body(procedure(uniqueCode("ANON"), "名前", "なまえ", "somu"))
                .post("/api/v1/procedures").then().statusCode(401);
    }

    @Test
    void invalid_input_is_answered_with_every_field_error_in_japanese_and_english() {
        Map<String, Object> body = procedure("コード 不正!", "", "Kanji漢字", "Not A Code");
        body.put("plannedFiscalYear", "来年度");

        as(Tokens.procedureAdmin()).body(body).post("/api/v1/procedures").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("入力内容に誤りがあります"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kana"))
                .body("errors.field", hasItem("departmentCode"))
                .body("errors.field", hasItem("plannedFiscalYear"))
                .body("errors.find { it.field == 'kana' }.message", equalTo("ひらがな又はカタカナで入力してください。"));

        as(Tokens.procedureAdmin()).header("Accept-Language", "en").body(body).post("/api/v1/procedures").then()
                .statusCode(400).body("title", equalTo("Invalid input"))
                .body("errors.find { it.field == 'kana' }.message",
                        equalTo("Please write the reading in hiragana or katakana."));
    }

    @Test
    void an_unknown_department_and_a_taken_code_are_refused_without_writing_anything() {
        String code = uniqueCode("DUP");
        as(Tokens.procedureAdmin()).body(procedure(code, "名前", "なまえ", "no-such-department"))
                .post("/api/v1/procedures").then().statusCode(422)
                .body("errors[0].field", equalTo("departmentCode"))
                .body("detail", containsString("no-such-department"));
        register(procedure(code, "最初の手続き", "さいしょ", "somu"));

        as(Tokens.procedureAdmin()).body(procedure(code, "二つ目", "ふたつめ", "somu")).post("/api/v1/procedures")
                .then().statusCode(409).body("errors[0].field", equalTo("code"));

        as(Tokens.procedureAdmin()).queryParam("q", code).queryParam("size", 5).get("/api/v1/procedures").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("最初の手続き"));
    }

    @Test
    void an_edit_needs_the_current_etag_so_two_editors_cannot_overwrite_each_other() {
        String id = register(procedure(uniqueCode("EDIT"), "旧名称", "きゅうめいしょう", "shiminzei")).path("id");
        Map<String, Object> change = procedure(null, "新名称", "しんめいしょう", "shiminzei");

        as(Tokens.staffOf("shiminzei")).body(change).put("/api/v1/procedures/" + id).then().statusCode(428)
                .body("title", equalTo("前提条件の指定が必要です"));
        Response first = as(Tokens.staffOf("shiminzei")).header("If-Match", "\"0\"").body(change)
                .put("/api/v1/procedures/" + id);
        first.then().statusCode(200).body("name", equalTo("新名称")).body("version", equalTo(1));
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        change.put("name", "別の編集者の名称");
        as(Tokens.procedureAdmin()).header("If-Match", "\"0\"").body(change).put("/api/v1/procedures/" + id).then()
                .statusCode(412).body("title", equalTo("内容が更新されています"));
        as(Tokens.procedureAdmin()).get("/api/v1/procedures/" + id).then().body("name", equalTo("新名称"));
    }

    @Test
    void staff_of_another_department_may_read_but_not_edit() {
        String id = register(procedure(uniqueCode("RO"), "下水排除開始等届出", "げすいはいじょかいしとうとどけで",
                "gesuido-keiei")).path("id");

        as(Tokens.staffOf("somu")).get("/api/v1/procedures/" + id).then().statusCode(200);
        as(Tokens.staffOf("somu")).header("If-Match", "\"0\"")
                .body(procedure(null, "改ざん", "かいざん", "gesuido-keiei")).put("/api/v1/procedures/" + id).then()
                .statusCode(403);
        as(Tokens.staffOf("gesuido-keiei")).header("If-Match", "\"0\"")
                .body(procedure(null, "下水排除開始等届出", "げすいはいじょかいしとうとどけで", "somu"))
                .put("/api/v1/procedures/" + id).then().statusCode(403);
    }

    @Test
    void the_status_moves_along_the_rules_and_refuses_what_they_do_not_allow() {
        String id = register(procedure(uniqueCode("ST"), "伐採等の届出", "ばっさいとうのとどけで", "rinmu-suisan")).path("id");

        Api.changeStatus(id, Map.of("status", "REVISED", "reason", "SWITCHED_TO_EMAIL")).then().statusCode(409)
                .body("detail", equalTo("「未計画」から「対応見直し」へは変更できません。"));
        Api.changeStatus(id, Map.of("status", "PLANNED", "fiscalYear", NEXT_YEAR)).then().statusCode(200)
                .body("status.kind", equalTo("PLANNED"));
        Api.changeStatus(id, Map.of("status", "PLANNED", "fiscalYear", NEXT_YEAR)).then().statusCode(409);
        Api.changeStatus(id, Map.of("status", "REVISED", "reason", "OTHER")).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        Api.changeStatus(id, Map.of("status", "COMPLETED", "on", LocalDate.now().plusYears(1).toString())).then()
                .statusCode(400).body("errors[0].field", equalTo("completedOn"));
        Api.changeStatus(id, Map.of("status", "COMPLETED")).then().statusCode(200)
                .body("status.kind", equalTo("COMPLETED")).body("status.online", equalTo(true))
                .body("status.fiscalYear.year", equalTo(Integer.parseInt(NEXT_YEAR)));
        Api.changeStatus(id, Map.of("status", "PLANNED", "fiscalYear", NEXT_YEAR)).then().statusCode(409)
                .header("Content-Type", startsWith("application/problem+json"));
        Api.changeStatus(id, Map.of("status", "ABOLISHED", "note", "制度廃止")).then().statusCode(200)
                .body("status.kind", equalTo("ABOLISHED")).body("status.abolishedOn", notNullValue());
        Api.changeStatus(id, Map.of("status", "ABOLISHED")).then().statusCode(409);
    }

    @Test
    void a_completion_names_only_a_form_of_a_department_the_editor_maintains_that_serves_the_procedure() {
        String id = register(procedure(uniqueCode("CF"), "住民票の写しの交付申請", "じゅうみんひょうのうつしのこうふしんせい", "somu"))
                .path("id");
        String other = register(procedure(uniqueCode("CF"), "納税証明書の交付申請", "のうぜいしょうめいしょのこうふしんせい",
                "shiminzei")).path("id");
        String taxForm = as(Tokens.procedureAdmin()).body(Api.form("PROCEDURE", "shiminzei", "市民税課の様式", List.of(id)))
                .post("/api/v1/forms").then().statusCode(201).extract().path("id");
        String unrelated = as(Tokens.procedureAdmin()).body(Api.form("PROCEDURE", "somu", "別の手続きの様式", List.of(other)))
                .post("/api/v1/forms").then().statusCode(201).extract().path("id");
        String own = as(Tokens.procedureAdmin()).body(Api.form("PROCEDURE", "somu", "総務課の様式", List.of(id)))
                .post("/api/v1/forms").then().statusCode(201).extract().path("id");

        as(Tokens.staffOf("somu")).header("If-Match", "\"0\"").body(Map.of("status", "COMPLETED", "formId", taxForm))
                .post("/api/v1/procedures/" + id + "/status").then().statusCode(403)
                .body("title", equalTo("担当課ではありません"));
        as(Tokens.staffOf("somu")).header("If-Match", "\"0\"").body(Map.of("status", "COMPLETED", "formId", unrelated))
                .post("/api/v1/procedures/" + id + "/status").then().statusCode(400)
                .body("errors[0].field", equalTo("formId"))
                .body("errors[0].code", equalTo("form-does-not-serve-procedure"));
        as(Tokens.staffOf("somu")).get("/api/v1/procedures/" + id).then().body("status.kind", equalTo("NOT_PLANNED"));

        as(Tokens.staffOf("somu")).header("If-Match", "\"0\"").body(Map.of("status", "COMPLETED", "formId", own))
                .post("/api/v1/procedures/" + id + "/status").then().statusCode(200)
                .body("status.formId", equalTo(own));
    }

    @Test
    void the_history_keeps_who_changed_what_and_when() {
        String id = register(procedure(uniqueCode("HIST"), "市税期限延長申請", "しぜいきげんえんちょうしんせい", "shiminzei"))
                .path("id");
        as(Tokens.staffOf("shiminzei")).header("If-Match", "\"0\"")
                .body(procedure(null, "市税の期限延長申請", "しぜいのきげんえんちょうしんせい", "shiminzei"))
                .put("/api/v1/procedures/" + id).then().statusCode(200);
        Api.changeStatus(id, Map.of("status", "PLANNED", "fiscalYear", NEXT_YEAR, "note", "ignored")).then()
                .statusCode(200);

        as(Tokens.staffOf("somu")).get("/api/v1/procedures/" + id + "/history").then().statusCode(200)
                .body("$", hasSize(3))
                .body("kind", equalTo(List.of("REGISTERED", "EDITED", "STATUS_CHANGED")))
                .body("byName", equalTo(List.of("procadmin1", "staff.shiminzei", "procadmin1")))
                .body("[1].changedFields", equalTo(List.of("name", "kana", "description")))
                .body("[0].status.kind", equalTo("NOT_PLANNED"))
                .body("[2].status.kind", equalTo("PLANNED"))
                .body("version", equalTo(List.of(0, 1, 2)))
                .body("[2].at", notNullValue());
        as(Tokens.citizen()).get("/api/v1/procedures/" + id + "/history").then().statusCode(403);
    }

    @Test
    void the_public_sees_a_procedure_only_once_it_is_online() {
        String id = register(procedure(uniqueCode("PUB"), "町名変更証明申込", "ちょうめいへんこうしょうめいもうしこみ", "somu"))
                .path("id");

        given().get("/api/v1/procedures/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("手続きが見つかりません"));
        as(Tokens.citizen()).get("/api/v1/procedures/" + id).then().statusCode(404);
        Api.changeStatus(id, Map.of("status", "COMPLETED")).then().statusCode(200);
        given().get("/api/v1/procedures/" + id).then().statusCode(200).body("name", equalTo("町名変更証明申込"))
                .body("status.online", equalTo(true));
    }

    @Test
    void malformed_json_and_unknown_enum_values_are_problems_not_errors() {
        as(Tokens.procedureAdmin()).body("{\"code\": ").post("/api/v1/procedures").then().statusCode(400)
                .body("title", equalTo("リクエストの内容を読み取れません"));
        String id = register(procedure(uniqueCode("ENUM"), "名前", "なまえ", "somu")).path("id");
        as(Tokens.procedureAdmin()).header("If-Match", "\"0\"").body(Map.of("status", "FINISHED"))
                .post("/api/v1/procedures/" + id + "/status").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }
}
