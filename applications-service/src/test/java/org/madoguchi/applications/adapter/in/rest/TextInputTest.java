package org.madoguchi.applications.adapter.in.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.madoguchi.applications.Api.anonymous;
import static org.madoguchi.applications.Api.as;
import static org.madoguchi.applications.Api.submit;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.madoguchi.applications.Forms;
import org.madoguchi.applications.Tokens;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.testing.BadText;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

/**
 * Every write endpoint that takes JSON, every text field of its body, every kind of {@link BadText}: a 400
 * {@code invalid-text} problem naming the field, and nothing written.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class TextInputTest {

    private static final String DEPARTMENT = "text-rules";

    @Inject
    FormCatalogue catalogue;

    private static void refused(RequestSpecification request, String json, String path, String field, BadText bad) {
        request.body(json).post(path).then().statusCode(400).body("type", org.hamcrest.Matchers.endsWith("/invalid-text"))
                .body("errors[0].field", equalTo(field)).body("errors[0].code", equalTo(bad.code()));
    }

    @ParameterizedTest
    @EnumSource(BadText.class)
    void answers_of_a_submission_and_of_a_resubmission_refuse_bad_text(BadText bad) {
        Form form = Forms.publish(catalogue, Forms.open(DEPARTMENT, Forms.everyType()));
        String citizen = Tokens.newCitizen();

        refused(as(citizen), "{\"answers\":{\"name\":\"" + bad.inJson() + "\"}}",
                "/api/v1/forms/" + form.id() + "/applications", "answers.name", bad);
        as(citizen).get("/api/v1/applications/mine").then().body("total", equalTo(0));

        String id = submit(as(citizen), form.id(), Forms.validAnswers()).then().statusCode(201).extract()
                .path("applicationId");
        as(citizen).body("{\"answers\":{\"name\":\"" + bad.inJson() + "\"}}")
                .put("/api/v1/applications/" + id + "/answers").then().statusCode(400)
                .body("errors[0].field", equalTo("answers.name"));
    }

    @ParameterizedTest
    @EnumSource(BadText.class)
    void comments_of_workflow_steps_and_withdrawals_refuse_bad_text(BadText bad) {
        Form form = Forms.publish(catalogue, Forms.open(DEPARTMENT, Forms.everyType()));
        String citizen = Tokens.newCitizen();
        String id = submit(as(citizen), form.id(), Forms.validAnswers()).then().statusCode(201).extract()
                .path("applicationId");

        refused(as(Tokens.staffOf(DEPARTMENT)).header("If-Match", "\"1\""),
                "{\"action\":\"REJECT\",\"comment\":\"" + bad.inJson() + "\"}", "/api/v1/applications/" + id + "/actions",
                "comment", bad);
        refused(as(citizen), "{\"comment\":\"" + bad.inJson() + "\"}", "/api/v1/applications/" + id + "/withdrawal",
                "comment", bad);
        as(citizen).get("/api/v1/applications/" + id).then().body("status.code", equalTo("SUBMITTED"))
                .body("version", equalTo(1));
    }

    @ParameterizedTest
    @EnumSource(BadText.class)
    void the_anonymous_lookup_and_usage_categories_refuse_bad_text(BadText bad) {
        refused(anonymous(), "{\"receiptNumber\":\"R8-000001\",\"lookupCode\":\"" + bad.inJson() + "\"}",
                "/api/v1/applications/lookup", "lookupCode", bad);
        refused(as(Tokens.of("i-text", List.of(Roles.STAFF, Roles.INFO_POLICY), "joho-seisaku")),
                "{\"name\":\"" + bad.inJson() + "\"}", "/api/v1/statistics/categories", "name", bad);
    }
}
