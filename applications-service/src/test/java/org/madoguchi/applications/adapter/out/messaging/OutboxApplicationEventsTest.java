package org.madoguchi.applications.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.DUE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.answers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.citizen;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.staffOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.TestTransactions;
import org.madoguchi.applications.application.port.out.ApplicationEvents;
import org.madoguchi.applications.application.port.out.ApplicationEventsContract;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.Applicant;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.contracts.Topics;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The outbox adapter of {@link ApplicationEvents} keeps the contract its recording fake keeps, read from the outbox
 * table in the test's transaction (rolled back, so nothing reaches Kafka) as a reader of {@code applications.events}
 * sees it; what it appends is keyed by the application, true to its schema, and carries none of the answers.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OutboxApplicationEventsTest extends ApplicationEventsContract {

    /** Answers full of personal data, to look for in the events. */
    private static final Answers PERSONAL = answers("name", new Answer.Text("鳥取 花子"),
            "birthDate", new Answer.Text("2018-06-01"), "email", new Answer.Text("hanako@example.jp"),
            "postalCode", new Answer.Text("680-8571"), "receiveBy", new Answer.Text("郵送"),
            "consent", new Answer.Flag(true));

    private final EventSchemas schemas = new EventSchemas(Thread.currentThread().getContextClassLoader());

    @Inject
    ApplicationEvents events;

    @Inject
    UserTransaction transaction;

    @Inject
    AgroalDataSource dataSource;

    private OutboxReader outbox;

    @Override
    protected ApplicationEvents events() {
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

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static Announcement announcement(ReceivedEvent event) {
        JsonNode data = event.data();
        String name = OutboxReader.eventName(event.type());
        boolean statusChange = name.equals("ApplicationStatusChanged");
        String dueDate = text(data, "dueDate");
        return new Announcement(name, UUID.fromString(data.get("applicationId").asText()),
                data.get("receiptNumber").asText(), data.get("fiscalYear").asInt(),
                UUID.fromString(data.get("formId").asText()), data.get("formVersion").asInt(),
                data.get("departmentCode").asText(), text(data.path("applicant"), "subject"),
                dueDate == null ? null : LocalDate.parse(dueDate), text(data, "from"),
                statusChange ? text(data, "to") : null, statusChange ? text(data, "reason") : null,
                statusChange ? text(data.path("changedBy"), "subject") : null, event.time());
    }

    @Test
    void every_event_is_bound_for_applications_events_keyed_by_its_application_true_to_its_schema() {
        Form form = allowanceForm(KOSODATE);
        Application submitted = Application.submit(ApplicationId.random(), new ReceiptNumber(FiscalYear.of(2026), 41),
                form, Applicant.citizen("citizen-hanako"), form.check(PERSONAL), AT,
                Optional.of(DUE));
        Application returned = submitted.process(Action.RETURN_FOR_CORRECTION, staffOf(KOSODATE, "staff-kosodate"),
                "郵便番号をご確認ください", AT.plusSeconds(60));
        Application withdrawn = returned.withdraw(citizen("citizen-hanako"), "取り下げます", AT.plusSeconds(120));

        events.publish(new ApplicationEvent.ApplicationSubmitted(submitted));
        events.publish(new ApplicationEvent.ApplicationStatusChanged(returned, returned.lastChange()));
        events.publish(new ApplicationEvent.ApplicationWithdrawn(withdrawn, withdrawn.lastChange()));

        List<OutboxReader.Row> rows = outbox.appended();
        assertThat(rows).extracting(OutboxReader.Row::type).containsExactly(
                "madoguchi.applications.application-submitted.v1",
                "madoguchi.applications.application-status-changed.v1",
                "madoguchi.applications.application-withdrawn.v1");
        for (OutboxReader.Row row : rows) {
            assertThat(row.topic()).isEqualTo(Topics.APPLICATIONS);
            assertThat(row.key()).isEqualTo(submitted.id().toString()).isEqualTo(row.event().subject());
            assertThat(schemas.violations(row.payload())).as(row.payload()).isEmpty();
            assertThat(row.event().source()).isEqualTo("/madoguchi/applications-service");
        }
        assertThat(rows.get(0).event().data().get("formTitle").asText()).isEqualTo("児童手当認定請求");
        assertThat(rows.get(0).event().data().get("anonymous").asBoolean()).isFalse();
        assertThat(rows.get(2).event().data().get("withdrawnAt").asText()).isEqualTo(AT.plusSeconds(120).toString());
    }

    @Test
    void no_event_carries_an_answer_or_the_applicant_s_comment_on_withdrawal() {
        Form form = allowanceForm(KOSODATE);
        Application submitted = Application.submit(ApplicationId.random(), new ReceiptNumber(FiscalYear.of(2026), 42),
                form, Applicant.citizen("citizen-hanako"), form.check(PERSONAL), AT,
                Optional.of(DUE));
        Application received = submitted.process(Action.RECEIVE, staffOf(KOSODATE, "staff-kosodate"),
                "本人確認書類 運転免許証 第123456789012号", AT.plusSeconds(60));
        Application withdrawn = received.withdraw(citizen("citizen-hanako"), "夫の転勤のため（連絡先 090-1234-5678）",
                AT.plusSeconds(120));

        events.publish(new ApplicationEvent.ApplicationSubmitted(submitted));
        events.publish(new ApplicationEvent.ApplicationStatusChanged(received, received.lastChange()));
        events.publish(new ApplicationEvent.ApplicationWithdrawn(withdrawn, withdrawn.lastChange()));

        for (OutboxReader.Row row : outbox.appended()) {
            JsonNode data = row.event().data();
            assertThat(data.has("answers")).isFalse();
            assertThat(row.payload()).doesNotContain("鳥取 花子", "hanako@example.jp", "680-8571", "2018-06-01", "郵送",
                    "運転免許証", "090-1234-5678", "夫の転勤");
        }
    }
}
