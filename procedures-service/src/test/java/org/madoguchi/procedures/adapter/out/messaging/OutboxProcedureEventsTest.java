package org.madoguchi.procedures.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.ADMIN;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.AT;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.STAFF;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.contracts.Topics;
import org.madoguchi.procedures.TestTransactions;
import org.madoguchi.procedures.application.port.out.ProcedureEvents;
import org.madoguchi.procedures.application.port.out.ProcedureEventsContract;
import org.madoguchi.procedures.application.port.out.RegistryExamples;
import org.madoguchi.procedures.domain.event.ProcedureEvent;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.StatusKind;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The outbox adapter of {@link ProcedureEvents} keeps the contract its recording fake keeps, read from the
 * outbox table in the test's transaction (which is rolled back, so nothing reaches Kafka); and what it
 * appends is bound for {@code procedures.events}, keyed by the procedure, true to its schema, and only
 * there if the transaction commits.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OutboxProcedureEventsTest extends ProcedureEventsContract {

    private final EventSchemas schemas = new EventSchemas(Thread.currentThread().getContextClassLoader());

    @Inject
    ProcedureEvents events;

    @Inject
    UserTransaction transaction;

    @Inject
    AgroalDataSource dataSource;

    private OutboxReader outbox;

    @Override
    protected ProcedureEvents events() {
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
        JsonNode procedure = data.has("procedure") ? data.get("procedure") : data;
        JsonNode by = data.has("registeredBy") ? data.get("registeredBy") : data.get("changedBy");
        List<String> fields = new ArrayList<>();
        data.path("changedFields").forEach(f -> fields.add(f.asText()));
        return new Announcement(OutboxReader.eventName(event.type()), event.subject(), event.time(),
                by.get("subject").asText(), procedure.get("version").asLong(),
                StatusKind.valueOf(procedure.at("/status/kind").asText()),
                data.has("previous") ? StatusKind.valueOf(data.at("/previous/kind").asText()) : null, fields);
    }

    private static Procedure procedure() {
        return RegistryExamples.procedure(RegistryExamples.uniqueCode("EV"), new DepartmentCode("kenko-kosodate"),
                new OnlineStatus.NotPlanned());
    }

    @Test
    void every_event_is_bound_for_procedures_events_keyed_by_its_procedure_and_true_to_its_schema() {
        Procedure registered = procedure();
        Procedure abolished = new Procedure(registered.id(), registered.code(), registered.details(),
                new OnlineStatus.Abolished(RegistryExamples.DAY, "制度の廃止"), 1);

        events.publish(new ProcedureEvent.ProcedureRegistered(registered, ADMIN, AT));
        events.publish(new ProcedureEvent.ProcedureChanged(registered, List.of("description"), STAFF, AT));
        events.publish(new ProcedureEvent.ProcedureStatusChanged(abolished, registered.status(), STAFF, AT));

        List<OutboxReader.Row> rows = outbox.appended();
        assertThat(rows).extracting(OutboxReader.Row::type).containsExactly(
                "madoguchi.procedures.procedure-registered.v1", "madoguchi.procedures.procedure-changed.v1",
                "madoguchi.procedures.procedure-status-changed.v1");
        for (OutboxReader.Row row : rows) {
            ReceivedEvent event = row.event();
            assertThat(row.topic()).isEqualTo(Topics.PROCEDURES);
            assertThat(row.key()).isEqualTo(registered.id().toString()).isEqualTo(event.subject());
            assertThat(event.source()).isEqualTo("/madoguchi/procedures-service");
            assertThat(schemas.violations(row.payload())).as(row.payload()).isEmpty();
        }
        assertThat(rows.get(0).event().data().at("/procedure/code").asText()).isEqualTo(registered.code().value());
        assertThat(rows.get(2).event().data().at("/status/note").asText()).isEqualTo("制度の廃止");
        assertThat(rows.get(2).event().data().at("/online").asBoolean()).isFalse();
    }

    @Test
    void an_event_of_a_transaction_that_rolls_back_never_reaches_the_outbox() {
        Procedure procedure = procedure();
        List<String> seenInside = new ArrayList<>();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            events.publish(new ProcedureEvent.ProcedureRegistered(procedure, ADMIN, AT));
            outbox.appended().forEach(row -> seenInside.add(row.key()));
            throw new IllegalStateException("the use case failed after publishing");
        })).hasMessageContaining("the use case failed after publishing");

        assertThat(seenInside).containsExactly(procedure.id().toString());
        assertThat(announced()).isEmpty();
    }
}
