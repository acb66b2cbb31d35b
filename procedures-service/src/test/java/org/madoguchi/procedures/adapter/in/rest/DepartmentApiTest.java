package org.madoguchi.procedures.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.madoguchi.procedures.Api.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.procedures.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** 課・室: seeded from the reference data with the codes staff tokens carry, maintained by procedure administrators. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DepartmentApiTest {

    @Test
    void the_seeded_departments_are_public_in_the_organisational_order_with_the_realm_codes() {
        given().get("/api/v1/departments").then().statusCode(200)
                .body("[0].code", equalTo("somu"))
                .body("[0].name", equalTo("総務課"))
                .body("[8].name", equalTo("下水道経営課"))
                .body("code", hasItems("kenko-kosodate", "joho-seisaku", "hoken-somu", "gesuido-kikaku",
                        "rinmu-suisan", "kokufu-chiiki-shinko"))
                .body("find { it.code == 'aoya-chiiki-shinko' }.division", equalTo("青谷町総合支所"));
        given().get("/api/v1/departments/kenko-kosodate").then().statusCode(200)
                .body("name", equalTo("健康・子育て推進課"));
        given().get("/api/v1/departments/no-such-thing").then().statusCode(404)
                .body("title", equalTo("課・室が見つかりません"));
    }

    @Test
    void procedure_administrators_add_and_rename_departments_and_others_may_not() {
        Map<String, Object> body = Map.of("name", "デジタル推進課", "nameEn", "Digital Promotion Division");

        as(Tokens.staffOf("somu")).body(body).put("/api/v1/departments/digital-suishin").then().statusCode(403);
        as(Tokens.procedureAdmin()).body(body).put("/api/v1/departments/digital-suishin").then().statusCode(200)
                .body("rank", equalTo(1000));
        as(Tokens.procedureAdmin()).body(Map.of("name", "デジタル改革推進課", "nameEn", "Digital Reform Division"))
                .put("/api/v1/departments/digital-suishin").then().statusCode(200).body("rank", equalTo(1000));

        given().get("/api/v1/departments").then().body("name", hasItem("デジタル改革推進課"));
        as(Tokens.procedureAdmin()).body(body).put("/api/v1/departments/Digital_Suishin").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        as(Tokens.procedureAdmin()).body(Map.of("name", "")).put("/api/v1/departments/empty-name").then()
                .statusCode(400).body("errors.field", hasItems("name", "nameEn"));
    }

    @Test
    void a_name_another_department_has_is_a_conflict_not_an_error() {
        as(Tokens.procedureAdmin()).body(Map.of("name", "名称重複確認課", "nameEn", "Name Check Division"))
                .put("/api/v1/departments/meisho-kakunin").then().statusCode(200);

        as(Tokens.procedureAdmin()).body(Map.of("name", "名称重複確認課", "nameEn", "Another Division"))
                .put("/api/v1/departments/meisho-kakunin-ni").then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("課・室の名称が重複しています"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("duplicate-department-name"));
        as(Tokens.procedureAdmin()).body(Map.of("name", "総務課", "nameEn", "Name Check Division"))
                .put("/api/v1/departments/meisho-kakunin").then().statusCode(409)
                .body("errors[0].field", equalTo("name"));
        given().get("/api/v1/departments/meisho-kakunin-ni").then().statusCode(404);
        given().get("/api/v1/departments/meisho-kakunin").then().statusCode(200).body("name", equalTo("名称重複確認課"));
        as(Tokens.procedureAdmin()).body(Map.of("name", "名称重複確認課", "nameEn", "Name Check Division (renamed)"))
                .put("/api/v1/departments/meisho-kakunin").then().statusCode(200);
    }
}
