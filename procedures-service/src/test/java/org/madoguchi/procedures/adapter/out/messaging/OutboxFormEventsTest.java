package org.madoguchi.procedures.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;
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
 * table in the test's transaction (which is rolled back, so nothing reaches Kafka); and what it appends is
 * bound for {@code procedures.events}, keyed by the form, true to its schema.
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
        return outbox.appended().stream().map(row -> announcement(row.event())).toList();
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
    void every_event_is_bound_for_procedures_events_keyed_by_its_form_and_true_to_its_schema() {
        ProcedureId served = ProcedureId.random();
        Form form = new Form(FormId.random(), FormKind.PROCEDURE, new DepartmentCode("kenko-kosodate"),
                FormStatus.PUBLISHED, 1, RegistryExamples.content("妊娠届出フォーム", Set.of(served)), 1);

        events.publish(new FormEvent.FormPublished(form, ADMIN, AT));
        events.publish(new FormEvent.FormClosed(form, ADMIN, AT));

        List<OutboxReader.Row> rows = outbox.appended();
        assertThat(rows).extracting(OutboxReader.Row::type).containsExactly("madoguchi.procedures.form-published.v1",
                "madoguchi.procedures.form-closed.v1");
        for (OutboxReader.Row row : rows) {
            assertThat(row.topic()).isEqualTo(Topics.PROCEDURES);
            assertThat(row.key()).isEqualTo(form.id().toString()).isEqualTo(row.event().subject());
            assertThat(schemas.violations(row.payload())).as(row.payload()).isEmpty();
        }
        JsonNode published = rows.get(0).event().data();
        assertThat(published.at("/fields")).extracting(f -> f.get("key").asText())
                .containsExactly("name", "visit", "consent");
        assertThat(published.at("/procedureIds/0").asText()).isEqualTo(served.toString());
        assertThat(published.at("/publicUrl").asText()).isEqualTo("http://localhost:8080/forms/" + form.id());
    }
}
