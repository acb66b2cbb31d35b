package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.madoguchi.applications.Api.anonymous;
import static org.madoguchi.applications.Api.as;
import static org.madoguchi.applications.Api.submit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.Forms;
import org.madoguchi.applications.Tokens;
import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.application.port.out.ReceiptNumbers;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.Applicant;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** Who sees which applications: staff their department's, citizens their own, anonymous applicants a status. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class InboxApiTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    FormCatalogue catalogue;

    @Inject
    Applications applications;

    @Inject
    ReceiptNumbers receiptNumbers;

    /** A department no other test uses, so that its inbox holds only what this test puts there. */
    private static String newDepartment() {
        return "ka-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An application of the form due on the given day, stored as a submission would store it. */
    private Application dueOn(Form form, String subject, LocalDate due) {
        Instant now = Instant.now();
        Application application = Application.submit(ApplicationId.random(),
                receiptNumbers.next(FiscalYear.containing(LocalDate.now(TOKYO))), form, Applicant.citizen(subject),
                new Answers(Map.of()), now, Optional.ofNullable(due));
        QuarkusTransaction.requiringNew().run(() -> applications.add(application));
        return application;
    }

    @Test
    void staff_see_only_their_departments_applications_due_first_with_overdue_ones_flagged() {
        String department = newDepartment();
        Form form = Forms.publish(catalogue, Forms.open(department, Forms.everyType()));
        Form elsewhere = Forms.publish(catalogue, Forms.open(newDepartment(), Forms.everyType()));
        LocalDate today = LocalDate.now(TOKYO);
        Application overdue = dueOn(form, "c-1", today.minusDays(3));
        Application later = dueOn(form, "c-2", today.plusDays(40));
        Application noDueDate = dueOn(form, "c-3", null);
        dueOn(elsewhere, "c-4", today.minusDays(10));

        Response inbox = as(Tokens.staffOf(department)).get("/api/v1/inbox");

        inbox.then().statusCode(200).body("total", equalTo(3));
        assertThat(inbox.<List<String>>path("items.id")).containsExactly(overdue.id().toString(),
                later.id().toString(), noDueDate.id().toString());
        assertThat(inbox.<List<Boolean>>path("items.overdue")).containsExactly(true, false, false);
        assertThat(inbox.<String>path("items[0].answers")).isNull();
        as(Tokens.staffOf(department)).queryParam("due", "OVERDUE").get("/api/v1/inbox").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(overdue.id().toString()));
    }

    @Test
    void the_inbox_filters_by_form_status_dates_receipt_number_and_pages() {
        String department = newDepartment();
        Form first = Forms.publish(catalogue, Forms.open(department, Forms.everyType()));
        Form second = Forms.publish(catalogue, Forms.open(department, Forms.everyType()));
        String staff = Tokens.staffOf(department);
        String a = submit(as(Tokens.newCitizen()), first.id(), Forms.validAnswers()).path("applicationId");
        String b = submit(as(Tokens.newCitizen()), first.id(), Forms.validAnswers()).path("applicationId");
        Response c = submit(as(Tokens.newCitizen()), second.id(), Forms.validAnswers());
        org.madoguchi.applications.Api.act(staff, b, "RECEIVE", null).then().statusCode(200);
        String today = LocalDate.now(TOKYO).toString();

        as(staff).queryParam("formId", first.id().toString()).get("/api/v1/inbox").then().body("total", equalTo(2));
        as(staff).queryParam("status", "RECEIVED").get("/api/v1/inbox").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(b));
        as(staff).queryParam("status", "RECEIVED").queryParam("status", "SUBMITTED").get("/api/v1/inbox").then()
                .body("total", equalTo(3));
        as(staff).queryParam("receiptNumber", c.<String>path("receiptNumber.number").toLowerCase())
                .get("/api/v1/inbox").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(c.path("applicationId")));
        as(staff).queryParam("from", today).queryParam("to", today).get("/api/v1/inbox").then()
                .body("total", equalTo(3));
        as(staff).queryParam("to", LocalDate.now(TOKYO).minusDays(1).toString()).get("/api/v1/inbox").then()
                .body("total", equalTo(0));
        as(staff).queryParam("size", 2).queryParam("page", 1).get("/api/v1/inbox").then()
                .body("items.size()", equalTo(1)).body("total", equalTo(3)).body("page", equalTo(1));
        List<String> paged = new ArrayList<>(as(staff).queryParam("size", 2).queryParam("page", 0)
                .get("/api/v1/inbox").then().extract().<List<String>>path("items.id"));
        paged.addAll(as(staff).queryParam("size", 2).queryParam("page", 1).get("/api/v1/inbox").then().extract()
                .<List<String>>path("items.id"));
        assertThat(paged).containsExactlyInAnyOrder(a, b, c.path("applicationId"));
    }

    @Test
    void malformed_inbox_filters_are_400_naming_each_parameter() {
        as(Tokens.staffOf(newDepartment())).queryParam("status", "DONE").queryParam("from", "2026-02-30")
                .queryParam("due", "LATE").queryParam("size", 0).queryParam("receiptNumber", "42")
                .queryParam("formId", "not-a-uuid").get("/api/v1/inbox").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("status", "from", "due", "size",
                        "receiptNumber", "formId"));
        as(Tokens.staffOf(newDepartment())).queryParam("from", "2026-04-02").queryParam("to", "2026-04-01")
                .get("/api/v1/inbox").then().statusCode(400).body("errors[0].code", equalTo("range-order"));
    }

    @Test
    void citizens_see_only_their_own_applications_and_the_inbox_is_for_staff_with_a_department() {
        String department = newDepartment();
        Form form = Forms.publish(catalogue, Forms.open(department, Forms.everyType()));
        String mine = Tokens.newCitizen();
        String theirs = Tokens.newCitizen();
        String id = submit(as(mine), form.id(), Forms.validAnswers()).path("applicationId");
        submit(as(theirs), form.id(), Forms.validAnswers()).then().statusCode(201);

        as(mine).get("/api/v1/applications/mine").then().body("total", equalTo(1)).body("items[0].id", equalTo(id));
        as(theirs).get("/api/v1/applications/" + id).then().statusCode(404)
                .body("type", endsWith("/application-not-found"));
        as(Tokens.staffOf(newDepartment())).get("/api/v1/applications/" + id).then().statusCode(404);
        as(Tokens.staffOf(department)).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("nextActions.code", org.hamcrest.Matchers.hasItem("RECEIVE"));
        as(mine).get("/api/v1/inbox").then().statusCode(403);
        as(Tokens.of("s-nodept", List.of("staff"), null)).get("/api/v1/inbox").then().statusCode(403)
                .body("type", endsWith("/not-permitted"));
        anonymous().get("/api/v1/inbox").then().statusCode(401);
        anonymous().get("/api/v1/applications/mine").then().statusCode(401);
    }
}
