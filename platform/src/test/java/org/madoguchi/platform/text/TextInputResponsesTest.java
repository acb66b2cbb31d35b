package org.madoguchi.platform.text;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** Every JSON body is held to the text rules before a resource sees it; domain failures become problems. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TextInputResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ENGLISH = "en-US,en;q=0.9";

    @Test
    void text_with_nul_controls_or_broken_surrogates_is_a_400_naming_every_field_and_reaches_nothing() {
        int before = TextTestResource.ACCEPTED.get();

        given().contentType(ContentType.JSON).header("Accept-Language", ENGLISH)
                .body("{\"title\": \"お知らせ\\u0000\", \"body\": \"ok\\n\\u001b\", \"tags\": [\"fine\", \"\\ud800\"],"
                        + " \"bad\\u0001name\": 1}")
                .when().post("/test/notices")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://madoguchi.org/problems/invalid-text"))
                .body("detail", equalTo("4 fields hold characters that cannot be accepted, or too much text."
                        + " Nothing was saved."))
                .body("errors", hasSize(4))
                .body("errors.field", containsInAnyOrder("title", "body", "tags[1]", ""))
                .body("errors.find { it.field == 'tags[1]' }.code", equalTo("text-unpaired-surrogate"))
                .body("errors.find { it.field == 'title' }.code", equalTo("text-control-character"))
                .body("errors.find { it.field == 'title' }.message",
                        equalTo("This field holds a control character (such as U+0000). Please remove it."));

        assertThat(TextTestResource.ACCEPTED.get()).isEqualTo(before);
    }

    @Test
    void text_over_ten_thousand_characters_is_too_long_in_japanese_by_default() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"body\": \"" + "あ".repeat(10_001) + "\"}")
                .when().post("/test/notices")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("text-too-long"))
                .body("errors[0].message", equalTo("文字数が多すぎます。10000文字以内で入力してください。"));
    }

    @Test
    void line_breaks_are_text_in_a_field_of_several_lines_but_not_in_a_field_of_one_line() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"避難所のお知らせ\", \"body\": \"一行目\\r\\n二行目\\t以上\", \"tags\": [\"防災\"]}")
                .when().post("/test/notices")
                .then().statusCode(200)
                .body("body", equalTo("一行目\r\n二行目\t以上"));

        given().contentType(ContentType.JSON).header("Accept-Language", ENGLISH)
                .body("{\"title\": \"避難所の\\nお知らせ\", \"body\": \"\"}")
                .when().post("/test/notices")
                .then().statusCode(400)
                .body("type", equalTo("https://madoguchi.org/problems/validation-failed"))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("single-line"))
                .body("errors[0].message", equalTo("This field takes one line: no line breaks or tabs."));
    }

    @Test
    void a_body_that_is_not_json_is_still_a_malformed_body() {
        given().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/test/notices")
                .then().statusCode(400)
                .body("type", equalTo("https://madoguchi.org/problems/malformed-body"));
    }

    @Test
    void a_domain_failure_is_a_problem_of_its_kind_with_its_arguments() {
        given().contentType(ContentType.TEXT).header("Accept-Language", ENGLISH).body("A-12")
                .when().post("/test/notices/seats")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://madoguchi.org/problems/seat-taken"))
                .body("detail", equalTo("Seat A-12 is taken."));
    }

    @Test
    void invalid_input_of_a_domain_names_each_field_with_its_message() {
        given().contentType(ContentType.TEXT).header("Accept-Language", ENGLISH).body("x")
                .when().post("/test/notices/invalid")
                .then().statusCode(400)
                .body("type", equalTo("https://madoguchi.org/problems/validation-failed"))
                .body("detail", equalTo("Please check 2 fields."))
                .body("errors.field", containsInAnyOrder("title", "tags[1]"))
                .body("errors.find { it.field == 'title' }.message", equalTo("This field is too long: at most 40 characters."));
    }
}
