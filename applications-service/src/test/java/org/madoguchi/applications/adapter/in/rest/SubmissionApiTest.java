package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.madoguchi.applications.Api.anonymous;
import static org.madoguchi.applications.Api.as;
import static org.madoguchi.applications.Api.submit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.Forms;
import org.madoguchi.applications.Tokens;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.FieldType;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormField;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmissionApiTest {

    /** A valid individual number: check digit 8 over 12345678901. */
    static final String VALID_MY_NUMBER = "123456789018";
    static final String WRONG_CHECK_DIGIT = "123456789012";

    @Inject
    FormCatalogue catalogue;

    @Test
    void a_citizen_gets_a_receipt_number_of_this_fiscal_year_and_reads_the_application_back() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String citizen = Tokens.newCitizen();

        Response receipt = submit(as(citizen), form.id(), Forms.validAnswers());

        receipt.then().statusCode(201).header("Location", endsWith("/api/v1/applications/" + receipt.path("applicationId")))
                .header("ETag", equalTo("\"1\""))
                .body("receiptNumber.number", matchesPattern("^R[0-9]+-[0-9]{6,}$"))
                .body("receiptNumber.fiscalYearJa", equalTo(FiscalYear.containing(LocalDate.now(ZoneId.of("Asia/Tokyo"))).eraLabel()))
                .body("status.code", equalTo("SUBMITTED")).body("status.ja", equalTo("申請済"))
                .body("formVersion", equalTo(1)).body("lookupCode", nullValue());
        as(citizen).get("/api/v1/applications/" + receipt.path("applicationId")).then().statusCode(200)
                .body("answers.name", equalTo("鳥取 花子")).body("answers.postalCode", equalTo("680-8571"))
                .body("answers.needs", containsInAnyOrder("食料", "薬"))
                .body("history[0].to.code", equalTo("SUBMITTED"))
                .body("nextActions.code", containsInAnyOrder("WITHDRAW"));
    }

    @Test
    void every_field_error_comes_at_once_in_japanese_and_in_english_and_nothing_is_stored() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String citizen = Tokens.newCitizen();
        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put("name", "鳥取\n花子");
        answers.put("kana", "とっとり");
        answers.put("household", "三人");
        answers.put("birthDate", "1980-13-40");
        answers.put("ward", "東京");
        answers.put("needs", List.of("食料", "食料"));
        answers.put("email", "hanako@");
        answers.put("phone", "12345");
        answers.put("postalCode", "6808");
        answers.put("consent", false);
        answers.put("favouriteColour", "青");

        Response japanese = submit(as(citizen), form.id(), answers);
        Response english = submit(as(citizen).header("Accept-Language", "en"), form.id(), answers);

        japanese.then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/answers-rejected")).body("title", equalTo("入力内容をご確認ください"));
        List<String> fields = japanese.path("errors.field");
        assertThat(fields).containsExactlyInAnyOrder("answers.name", "answers.kana", "answers.household",
                "answers.birthDate", "answers.ward", "answers.needs[1]", "answers.email", "answers.phone",
                "answers.postalCode", "answers.address", "answers.consent", "answers.favouriteColour");
        assertThat(japanese.<List<String>>path("errors.code")).contains("single-line", "answer-pattern",
                "answer-number", "answer-date", "answer-choice", "duplicate-choice", "answer-email", "answer-phone",
                "answer-postal-code", "answer-required", "consent-required", "unknown-field");
        assertThat(japanese.<String>path("errors.find { it.field == 'answers.postalCode' }.message"))
                .isEqualTo("郵便番号（〒）を 680-8571 のように7桁で入力してください。");
        assertThat(english.<String>path("errors.find { it.field == 'answers.postalCode' }.message"))
                .isEqualTo("Please enter a postal code (〒) of seven digits like 680-8571.");
        english.then().body("title", equalTo("Please check your answers"));
        as(citizen).get("/api/v1/applications/mine").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_valid_individual_number_in_a_field_not_declared_for_it_is_refused_and_a_wrong_check_digit_is_not() {
        List<FormField> fields = new ArrayList<>(Forms.everyType());
        fields.add(Forms.field("myNumber", FieldType.MY_NUMBER, false));
        Form form = Forms.publish(catalogue, Forms.open("shimin", fields));
        String citizen = Tokens.newCitizen();

        Map<String, Object> inNote = new java.util.HashMap<>(Forms.validAnswers());
        inNote.put("note", "番号は １２３４ ５６７８ ９０１８ です");
        Map<String, Object> wrongDigit = new java.util.HashMap<>(Forms.validAnswers());
        wrongDigit.put("note", "会員番号 " + WRONG_CHECK_DIGIT);
        Map<String, Object> declared = new java.util.HashMap<>(Forms.validAnswers());
        declared.put("myNumber", "1234-5678-9018");
        Map<String, Object> declaredInvalid = new java.util.HashMap<>(Forms.validAnswers());
        declaredInvalid.put("myNumber", WRONG_CHECK_DIGIT);

        submit(as(citizen), form.id(), inNote).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("answers.note"))
                .body("errors.code", containsInAnyOrder("my-number-not-collected"))
                .body("errors[0].message", equalTo(
                        "個人番号（マイナンバー）と思われる番号が含まれています。この様式では個人番号を収集しません。削除してください。"));
        submit(as(citizen), form.id(), wrongDigit).then().statusCode(201);
        Response kept = submit(as(citizen), form.id(), declared);
        kept.then().statusCode(201);
        as(citizen).get("/api/v1/applications/" + kept.path("applicationId")).then()
                .body("answers.myNumber", equalTo(VALID_MY_NUMBER));
        submit(as(citizen), form.id(), declaredInvalid).then().statusCode(422)
                .body("errors.code", containsInAnyOrder("answer-my-number"));
    }

    @Test
    void a_closed_form_and_an_unknown_form_take_no_application() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        Forms.close(catalogue, form.id());

        submit(as(Tokens.newCitizen()), form.id(), Forms.validAnswers()).then().statusCode(409)
                .body("type", endsWith("/form-closed")).body("title", equalTo("受付は終了しました"));
        submit(as(Tokens.newCitizen()), java.util.UUID.randomUUID(), Forms.validAnswers()).then().statusCode(404)
                .body("type", endsWith("/form-not-found"));
    }

    @Test
    void an_anonymous_visitor_answers_a_survey_and_checks_its_status_with_the_lookup_code_only() {
        Form survey = Forms.publish(catalogue, Forms.with(Forms.open("kikaku", Forms.everyType()), true,
                OptionalInt.empty(), Optional.empty()));
        Form forCitizens = Forms.publish(catalogue, Forms.open("kikaku", Forms.everyType()));

        submit(anonymous(), forCitizens.id(), Forms.validAnswers()).then().statusCode(403)
                .body("type", endsWith("/sign-in-required"));
        Response receipt = submit(anonymous(), survey.id(), Forms.validAnswers());
        receipt.then().statusCode(201).body("lookupCode", matchesPattern("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$"));
        String number = receipt.path("receiptNumber.number");
        String code = receipt.path("lookupCode");

        anonymous().body(Map.of("receiptNumber", number, "lookupCode", code.toLowerCase().replace("-", " ")))
                .post("/api/v1/applications/lookup").then().statusCode(200)
                .body("status.code", equalTo("SUBMITTED")).body("receiptNumber.number", equalTo(number))
                .body("answers", nullValue()).body("since", notNullValue());
        anonymous().body(Map.of("receiptNumber", number, "lookupCode", "2222-2222-2222"))
                .post("/api/v1/applications/lookup").then().statusCode(404)
                .body("type", endsWith("/application-not-found"));
        anonymous().body(Map.of("receiptNumber", "123", "lookupCode", ""))
                .post("/api/v1/applications/lookup").then().statusCode(400)
                .body("errors.field", hasItem("receiptNumber")).body("errors.field", hasItem("lookupCode"));
    }

    @Test
    void the_due_date_counts_the_forms_standard_processing_period_in_business_days() {
        Form form = Forms.publish(catalogue, Forms.with(Forms.open("kenko-kosodate", Forms.everyType()), false,
                OptionalInt.of(10), Optional.empty()));

        Response receipt = submit(as(Tokens.newCitizen()), form.id(), Forms.validAnswers());

        LocalDate due = LocalDate.parse(receipt.path("dueDate"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        // ten business days are at least two weeks and, with the longest run of holidays (year end), under four
        assertThat(due).isAfterOrEqualTo(today.plusDays(14)).isBefore(today.plusDays(28));
        assertThat(due.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
    }
}
