package org.madoguchi.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.security.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProblemResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ENGLISH = "en-US,en;q=0.9,ja;q=0.5";
    private static final String INVALID_FORM = """
            {"applicantName": " ", "copies": 0, "address": {"postalCode": "6800011"}, "remarks": ["急ぎ", ""]}
            """;

    @Test
    void a_problem_exception_is_answered_in_japanese_by_default() {
        given().when().get("/test/applications/R7-000123")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .header("Content-Language", "ja")
                .body("type", equalTo("https://madoguchi.org/problems/application-not-found"))
                .body("title", equalTo("申請が見つかりません"))
                .body("status", equalTo(404))
                .body("detail", equalTo("受付番号 R7-000123 の申請は見つかりませんでした。"))
                .body("instance", equalTo("/test/applications/R7-000123"))
                .body("$", not(hasKey("errors")));
    }

    @Test
    void a_caller_who_prefers_english_gets_the_problem_in_english() {
        given().header("Accept-Language", ENGLISH)
                .when().get("/test/applications/R7-000123")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .header("Content-Language", "en")
                .body("title", equalTo("Application not found"))
                .body("detail", equalTo("There is no application with receipt number R7-000123."));
    }

    @Test
    void a_code_the_service_did_not_word_takes_the_title_of_its_status() {
        given().when().put("/test/applications/R7-000123/withdrawal")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://madoguchi.org/problems/application-already-decided"))
                .body("title", equalTo("現在の状態では処理できません"))
                .body("$", not(hasKey("detail")));
    }

    @Test
    void field_errors_of_a_problem_exception_are_localized() {
        given().header("Accept-Language", "ja-JP")
                .when().put("/test/applications/R7-000123/period")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("貸出期間が正しくありません"))
                .body("errors[0].field", equalTo("returnOn"))
                .body("errors[0].code", equalTo("return-before-start"))
                .body("errors[0].message", equalTo("返却日は 2025-04-01 より後の日付にしてください。"));
        given().header("Accept-Language", ENGLISH)
                .when().put("/test/applications/R7-000123/period")
                .then().body("errors[0].message", equalTo("The return date must be after 2025-04-01."));
    }

    @Test
    void an_invalid_request_body_gives_one_field_error_per_violation_in_japanese() {
        given().contentType(ContentType.JSON).body(INVALID_FORM)
                .when().post("/test/applications")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://madoguchi.org/problems/validation-failed"))
                .body("title", equalTo("入力内容に誤りがあります"))
                .body("detail", equalTo("5件の項目を確認してください。"))
                .body("errors.field", equalTo(List.of("address.city", "address.postalCode", "applicantName",
                        "copies", "remarks[1]")))
                .body("errors.code", equalTo(List.of("not-blank", "pattern", "not-blank", "min", "not-blank")))
                .body("errors.find { it.field == 'applicantName' }.message", equalTo("空白は許可されていません"))
                .body("errors.find { it.field == 'copies' }.message", equalTo("1 以上の値にしてください"));
    }

    @Test
    void validation_messages_follow_the_requested_language_even_on_a_japanese_jvm() {
        given().header("Accept-Language", "en-US").contentType(ContentType.JSON).body(INVALID_FORM)
                .when().post("/test/applications")
                .then().statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("detail", equalTo("Please check 5 fields."))
                .body("errors.find { it.field == 'applicantName' }.message", equalTo("must not be blank"))
                .body("errors.find { it.field == 'copies' }.message", equalTo("must be greater than or equal to 1"));
    }

    @Test
    void a_missing_body_is_a_field_error_of_the_body_parameter() {
        given().contentType(ContentType.JSON)
                .when().post("/test/applications")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("form"))
                .body("errors[0].code", equalTo("not-null"));
    }

    @Test
    void an_invalid_query_parameter_is_named_as_the_client_sent_it() {
        given().queryParam("page-size", 0)
                .when().get("/test/applications")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("page-size"))
                .body("errors[0].code", equalTo("min"));
    }

    @Test
    void a_malformed_body_is_a_400_problem_not_a_500() {
        given().contentType(ContentType.JSON).body("{\"applicantName\": \"山田\",")
                .when().post("/test/applications")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://madoguchi.org/problems/malformed-body"))
                .body("title", equalTo("リクエストの内容を読み取れません"))
                .body("$", not(hasKey("errors")));
    }

    @Test
    void a_value_of_the_wrong_type_is_a_malformed_body_naming_the_field() {
        given().header("Accept-Language", ENGLISH).contentType(ContentType.JSON)
                .body(Map.of("applicantName", "山田", "copies", "many"))
                .when().post("/test/applications")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Malformed request body"))
                .body("errors[0].field", equalTo("copies"))
                .body("errors[0].code", equalTo("malformed-value"))
                .body("errors[0].message", equalTo("This value has the wrong format."));
        given().contentType(ContentType.JSON)
                .body("{\"applicantName\": \"山田\", \"copies\": 1, \"wishedOn\": \"来週\"}")
                .when().post("/test/applications")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("wishedOn"));
    }

    @Test
    void a_body_type_jackson_cannot_construct_is_a_500_not_the_callers_fault() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"住民票.pdf\"}")
                .when().post("/test/applications/R7-000123/attachments"), 500, "internal-error",
                "システムエラーが発生しました");
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        problem(given().when().get("/test/nowhere"), 404, "not-found", "見つかりません");
    }

    @Test
    void a_method_the_resource_does_not_offer_is_a_405_problem() {
        problem(given().when().delete("/test/applications"), 405, "method-not-allowed", "この操作はできません");
    }

    @Test
    void a_body_of_an_unsupported_type_is_a_415_problem() {
        problem(given().contentType(ContentType.TEXT).body("山田").when().post("/test/applications"),
                415, "unsupported-media-type", "リクエストの形式に対応していません");
    }

    @Test
    void an_unacceptable_response_type_is_a_406_problem() {
        problem(given().accept(ContentType.XML).queryParam("page-size", 10).when().get("/test/applications"),
                406, "not-acceptable", "応答の形式に対応していません");
    }

    @Test
    void a_forbidden_exception_is_a_403_problem() {
        problem(given().header("Accept-Language", ENGLISH).when().get("/test/applications/sealed"),
                403, "forbidden", "Forbidden");
    }

    @Test
    void another_web_application_exception_keeps_its_status_and_headers() {
        problem(given().when().get("/test/applications/maintenance"), 503, "service-unavailable",
                "ただいまご利用いただけません")
                .header("Retry-After", "120");
    }

    @Test
    void an_unexpected_exception_is_a_500_problem_without_the_exception_text() {
        problem(given().when().get("/test/applications/failing"), 500, "internal-error", "システムエラーが発生しました")
                .body("detail", matchesPattern(".*エラーID [0-9a-f-]{36} .*"))
                .body(not(containsString("jdbc")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.madoguchi")));
    }

    @Test
    void a_failure_because_the_database_is_out_of_reach_is_a_503_problem_to_try_again_later() {
        for (String state : List.of("connection-lost", "shutting-down", "pool-timeout")) {
            problem(given().when().get("/test/applications/database/" + state), 503, "service-unavailable",
                    "ただいまご利用いただけません")
                    .header("Retry-After", "5")
                    .body("detail", equalTo("サービスが一時的に利用できません。しばらく時間をおいてからもう一度お試しください。"))
                    .body(not(containsString("SQL")))
                    .body(not(containsString("backend")));
        }
        given().header("Accept-Language", ENGLISH).when().get("/test/applications/database/connection-lost")
                .then().statusCode(503)
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("The service is temporarily unavailable. Please try again later."));
    }

    @Test
    void any_other_database_failure_stays_a_500_problem() {
        problem(given().when().get("/test/applications/database/constraint-broken"), 500, "internal-error",
                "システムエラーが発生しました")
                .body(not(containsString("duplicate key")));
    }

    @Test
    void a_violated_return_value_is_a_500_problem_not_the_callers_fault() {
        problem(given().when().get("/test/applications/missing-result"), 500, "internal-error",
                "システムエラーが発生しました");
    }

    @Test
    void an_anonymous_caller_on_a_protected_resource_gets_a_401_problem_with_the_bearer_challenge() {
        problem(given().when().get("/test/applications/staff-notes"), 401, "unauthorized", "ログインが必要です")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void a_rejected_token_is_still_a_401_with_the_bearer_challenge() {
        given().auth().oauth2(Tokens.withForgedSignature())
                .when().get("/test/applications/staff-notes")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void a_caller_without_the_role_gets_a_403_problem() {
        problem(given().auth().oauth2(Tokens.citizen()).when().get("/test/applications/staff-notes"),
                403, "forbidden", "権限がありません");
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String code,
            String title) {
        return response.then().statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://madoguchi.org/problems/" + code))
                .body("status", equalTo(status))
                .body("title", equalTo(title));
    }
}
