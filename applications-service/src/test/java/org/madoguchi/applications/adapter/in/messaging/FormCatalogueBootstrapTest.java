package org.madoguchi.applications.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.madoguchi.applications.Api.as;
import static org.madoguchi.applications.Api.submit;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.Tokens;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A new instance on an empty database, started long after the forms were published, knows every form from the
 * compacted {@code procedures.forms} topic: the current version of each, which are closed, and it applies a
 * repeated or older event no second time.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "database", value = "applications_bootstrap"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FormsPublishedLongAgo.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class FormCatalogueBootstrapTest {

    @Inject
    FormCatalogue catalogue;

    private Form current(java.util.UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> catalogue.current(new FormId(id))).orElseThrow();
    }

    @Test
    void an_empty_database_learns_every_form_published_before_it_started() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(QuarkusTransaction.requiringNew().call(() -> catalogue.current(new FormId(FormsPublishedLongAgo.WITH_SETTINGS))))
                    .isPresent();
            assertThat(QuarkusTransaction.requiringNew().call(() -> catalogue.current(new FormId(FormsPublishedLongAgo.CLOSED))))
                    .hasValueSatisfying(form -> assertThat(form.closed()).isTrue());
            assertThat(QuarkusTransaction.requiringNew().call(() -> catalogue.count())).isGreaterThanOrEqualTo(3);
        });

        Form edited = current(FormsPublishedLongAgo.EDITED);
        assertThat(edited.version()).as("neither the repeated nor the older event undoes version 2").isEqualTo(2);
        assertThat(edited.title()).isEqualTo("新様式");
        assertThat(edited.closed()).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> catalogue.version(new FormId(FormsPublishedLongAgo.EDITED), 1)))
                .hasValueSatisfying(v1 -> assertThat(v1.fields()).hasSize(1));
        Form withSettings = current(FormsPublishedLongAgo.WITH_SETTINGS);
        assertThat(withSettings.standardProcessingDays()).hasValue(10);
        assertThat(withSettings.attachmentLimits()).hasValueSatisfying(limits -> {
            assertThat(limits.maxFileBytes()).isEqualTo(5_000_000L);
            assertThat(limits.maxFiles()).isEqualTo(2);
        });
    }

    @Test
    void a_citizen_answers_the_current_version_and_a_closed_form_refuses() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                QuarkusTransaction.requiringNew().call(() -> catalogue.current(new FormId(FormsPublishedLongAgo.CLOSED))))
                .hasValueSatisfying(form -> assertThat(form.closed()).isTrue()));
        await().atMost(Duration.ofSeconds(60)).until(() -> current(FormsPublishedLongAgo.EDITED).version() == 2);

        submit(as(Tokens.newCitizen()), FormsPublishedLongAgo.EDITED, Map.of("name", "因幡 太郎")).then()
                .statusCode(422).body("errors[0].field", equalTo("answers.phone"));
        submit(as(Tokens.newCitizen()), FormsPublishedLongAgo.EDITED, Map.of("name", "因幡 太郎", "phone", "0857-22-8111"))
                .then().statusCode(201).body("formVersion", equalTo(2));
        submit(as(Tokens.newCitizen()), FormsPublishedLongAgo.CLOSED, Map.of("name", "因幡 太郎")).then()
                .statusCode(409).body("type", endsWith("/form-closed"));
    }
}
