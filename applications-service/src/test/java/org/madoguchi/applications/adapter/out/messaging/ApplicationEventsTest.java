package org.madoguchi.applications.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.applications.Api.act;
import static org.madoguchi.applications.Api.as;
import static org.madoguchi.applications.Api.submit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.Forms;
import org.madoguchi.applications.Tokens;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.contracts.Topics;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** The events of an application's life: one per change, in the outbox with it, keeping the contract, no answers. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ApplicationEventsTest {

    private static final String DEPARTMENT = "hoken-center";

    @Inject
    FormCatalogue catalogue;

    @Inject
    AgroalDataSource dataSource;

    private final EventSchemas schemas = new EventSchemas();

    @Test
    void each_change_appends_one_event_that_keeps_its_schema_and_carries_no_answers_names_or_contacts() {
        Form form = Forms.publish(catalogue, Forms.with(Forms.open(DEPARTMENT, Forms.everyType()), false,
                OptionalInt.of(5), Optional.empty()));
        String subject = "c-events-" + java.util.UUID.randomUUID();
        String citizen = Tokens.citizen(subject);
        String staff = Tokens.staffOf(DEPARTMENT);
        Response receipt = submit(as(citizen), form.id(), Forms.validAnswers());
        String id = receipt.path("applicationId");
        act(staff, id, "RECEIVE", "受け付けました").then().statusCode(200);
        act(staff, id, "RETURN_FOR_CORRECTION", "生年月日をご確認ください").then().statusCode(200);
        Map<String, Object> corrected = new HashMap<>(Forms.validAnswers());
        corrected.put("birthDate", "1980-05-12");
        as(citizen).body(Map.of("answers", corrected)).put("/api/v1/applications/" + id + "/answers").then()
                .statusCode(200);
        as(citizen).body(Map.of("comment", "取り下げます")).post("/api/v1/applications/" + id + "/withdrawal").then()
                .statusCode(200);

        List<String> payloads = outboxOf(id);

        assertThat(payloads).hasSize(5);
        List<ReceivedEvent> events = payloads.stream().map(EventEnvelope::read).toList();
        assertThat(events).extracting(ReceivedEvent::type).containsExactly(
                "madoguchi.applications.application-submitted.v1",
                "madoguchi.applications.application-status-changed.v1",
                "madoguchi.applications.application-status-changed.v1",
                "madoguchi.applications.application-status-changed.v1",
                "madoguchi.applications.application-withdrawn.v1");
        payloads.forEach(payload -> assertThat(schemas.violations(payload)).isEmpty());
        events.forEach(event -> assertThat(event.subject()).isEqualTo(id));
        JsonNode submitted = events.get(0).data();
        assertThat(submitted.get("receiptNumber").asText()).isEqualTo(receipt.<String>path("receiptNumber.number"));
        assertThat(submitted.get("applicant").get("subject").asText()).isEqualTo(subject);
        assertThat(submitted.get("departmentCode").asText()).isEqualTo(DEPARTMENT);
        assertThat(submitted.get("dueDate").asText()).isEqualTo(receipt.<String>path("dueDate"));
        assertThat(events.get(1).data().get("reason").isNull()).as("a receipt has no reason").isTrue();
        assertThat(events.get(2).data().get("reason").asText()).isEqualTo("生年月日をご確認ください");
        assertThat(events.get(2).data().get("to").asText()).isEqualTo("RETURNED");
        assertThat(events.get(3).data().get("from").asText()).isEqualTo("RETURNED");
        assertThat(events.get(3).data().get("to").asText()).isEqualTo("SUBMITTED");
        assertThat(events.get(4).data().get("from").asText()).isEqualTo("SUBMITTED");
        for (String payload : payloads) {
            assertThat(payload).doesNotContain("鳥取 花子", "トットリ", "hanako@example.jp", "0857-22-8111",
                    "0857228111", "680-8571", "尚徳町", "1980-05-1", "取り下げます");
        }
    }

    private List<String> outboxOf(String applicationId) {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement rows = connection.prepareStatement(
                     "select payload from event_outbox where topic = ? and message_key = ? order by id")) {
            rows.setString(1, Topics.APPLICATIONS);
            rows.setString(2, applicationId);
            try (ResultSet result = rows.executeQuery()) {
                while (result.next()) {
                    payloads.add(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return payloads;
    }
}
