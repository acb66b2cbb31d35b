package org.madoguchi.procedures.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.ADMIN;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.AT;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.contracts.Topics;
import org.madoguchi.procedures.TestTransactions;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.application.port.out.FormEventsContract;
import org.madoguchi.procedures.application.port.out.RegistryExamples;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The outbox adapter of {@link FormEvents} keeps the contract its recording fake keeps, read from the outbox
 * table in the test's transaction (which is rolled back, so nothing reaches Kafka) as a reader of
 * {@code procedures.events} sees it; and what it appends is bound for both {@code procedures.events} and the
 * compacted {@code procedures.forms}, the same type and body on each, keyed by the form, true to its schema.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OutboxFormEventsTest extends FormEventsContract {

    private final EventSchemas schemas = new EventSchemas(Thread.currentThread().getContextClassLoader());

    @Inject
    FormEvents events;

    @Inject
    UserTransaction transaction;

    @Inject
    AgroalDataSource dataSource;

    private OutboxReader outbox;

    @Override
    protected FormEvents events() {
        return events;
    }

    @Override
    protected List<Announcement> announced() {
        return outbox.appended().stream().filter(row -> row.topic().equals(Topics.PROCEDURES))
                .map(row -> announcement(row.event())).toList();
    }

    @Override
    protected void beginTest() {
        TestTransactions.begin(transaction);
        outbox = new OutboxReader(dataSource);
        outbox.mark();
    }

    @Override
    protected void endTest() {
        TestTransactions.rollBack(transaction);
    }

    private static Announcement announcement(ReceivedEvent event) {
        JsonNode data = event.data();
        JsonNode by = data.has("publishedBy") ? data.get("publishedBy") : data.get("closedBy");
        return new Announcement(OutboxReader.eventName(event.type()), event.subject(), event.time(),
                by.get("subject").asText(), data.get("version").asInt(), FormKind.valueOf(data.get("kind").asText()),
                data.get("departmentCode").asText());
    }

    @Test
    void every_event_is_bound_for_both_topics_with_the_same_type_and_body_keyed_by_its_form_and_true_to_its_schema() {
        ProcedureId served = ProcedureId.random();
        Form form = new Form(FormId.random(), FormKind.PROCEDURE, new DepartmentCode("kenko-kosodate"),
                FormStatus.PUBLISHED, 1, RegistryExamples.content("妊娠届出フォーム", Set.of(served)), 1);

        events.publish(new FormEvent.FormPublished(form, ADMIN, AT));
        events.publish(new FormEvent.FormClosed(form, ADMIN, AT));

        List<OutboxReader.Row> rows = outbox.appended();
        assertThat(rows).extracting(OutboxReader.Row::topic, OutboxReader.Row::type).containsExactly(
                tuple(Topics.PROCEDURES, "madoguchi.procedures.form-published.v1"),
                tuple(Topics.PROCEDURE_FORMS, "madoguchi.procedures.form-published.v1"),
                tuple(Topics.PROCEDURES, "madoguchi.procedures.form-closed.v1"),
                tuple(Topics.PROCEDURE_FORMS, "madoguchi.procedures.form-closed.v1"));
        for (OutboxReader.Row row : rows) {
            assertThat(row.key()).isEqualTo(form.id().toString()).isEqualTo(row.event().subject());
            assertThat(schemas.violations(row.payload())).as(row.payload()).isEmpty();
        }
        for (int twin = 0; twin < rows.size(); twin += 2) {
            ReceivedEvent onEvents = rows.get(twin).event();
            ReceivedEvent onForms = rows.get(twin + 1).event();
            assertThat(onForms.data()).isEqualTo(onEvents.data());
            assertThat(onForms.time()).isEqualTo(onEvents.time());
            assertThat(onForms.id()).isNotEqualTo(onEvents.id());
        }
        JsonNode published = rows.get(0).event().data();
        assertThat(published.at("/fields")).extracting(f -> f.get("key").asText())
                .containsExactly("name", "visit", "consent", "certificate", "myNumber");
        assertThat(published.at("/fields")).extracting(f -> f.get("type").asText())
                .containsExactly("TEXT", "SINGLE_CHOICE", "CONSENT", "ATTACHMENT", "MY_NUMBER");
        assertThat(published.at("/procedureIds/0").asText()).isEqualTo(served.toString());
        assertThat(published.at("/publicUrl").asText()).isEqualTo("http://localhost:8080/forms/" + form.id());
        assertThat(published.at("/standardProcessingDays").asInt()).isEqualTo(14);
        assertThat(published.at("/attachmentLimits/maxFileBytes").asLong()).isEqualTo(10_485_760L);
        assertThat(published.at("/attachmentLimits/maxFiles").asInt()).isEqualTo(3);
    }

    @Test
    void a_form_that_declares_neither_period_nor_limits_is_published_with_both_null() {
        Form form = new Form(FormId.random(), FormKind.SURVEY, new DepartmentCode("joho-seisaku"),
                FormStatus.PUBLISHED, 1,
                RegistryExamples.withoutFilesOrPeriod(RegistryExamples.content("アンケート", Set.of())), 1);

        events.publish(new FormEvent.FormPublished(form, ADMIN, AT));

        List<OutboxReader.Row> rows = outbox.appended();
        assertThat(rows).extracting(OutboxReader.Row::topic).containsExactly(Topics.PROCEDURES, Topics.PROCEDURE_FORMS);
        for (OutboxReader.Row row : rows) {
            JsonNode data = row.event().data();
            assertThat(data.has("standardProcessingDays")).isTrue();
            assertThat(data.get("standardProcessingDays").isNull()).isTrue();
            assertThat(data.has("attachmentLimits")).isTrue();
            assertThat(data.get("attachmentLimits").isNull()).isTrue();
            assertThat(schemas.violations(row.payload())).as(row.payload()).isEmpty();
        }
    }
}
