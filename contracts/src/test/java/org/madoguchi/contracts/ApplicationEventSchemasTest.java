package org.madoguchi.contracts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationEventSchemasTest {

    private static final String SUBMITTED = "madoguchi.applications.application-submitted.v1";
    private final EventSchemas schemas = new EventSchemas();

    private static ObjectNode submitted(String subject) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("applicationId", "7b0f6a8e-6c1d-4d59-9d0e-3d3f5a1f2b10")
                .put("receiptNumber", "R4-000123")
                .put("fiscalYear", 2022)
                .put("formId", "0d7e5f51-2a4b-4f0c-8d4e-5c6b7a8f9e01")
                .put("formVersion", 2)
                .put("formTitle", "新型コロナウイルス感染症 自宅療養者支援申請")
                .putNull("formTitleEn")
                .put("departmentCode", "health-promotion")
                .put("dueDate", "2022-06-14")
                .put("anonymous", subject == null)
                .put("submittedAt", "2022-06-01T01:00:00Z");
        data.putObject("applicant").put("subject", subject);
        return data;
    }

    private static String event(ObjectNode data) {
        return EventEnvelope.write(EventEnvelope.create("/madoguchi/applications-service", SUBMITTED,
                data.get("applicationId").asText(), Instant.parse("2022-06-01T01:00:00Z"), data));
    }

    @Test
    void a_submission_by_a_citizen_and_an_anonymous_one_both_keep_the_contract() {
        assertThat(schemas.violations(event(submitted("5f0c1c2e-citizen")))).isEmpty();
        assertThat(schemas.violations(event(submitted(null)))).isEmpty();
    }

    @Test
    void the_contract_has_no_room_for_answers_or_names() {
        ObjectNode leaking = submitted("5f0c1c2e-citizen");
        leaking.putObject("answers").put("fullName", "鳥取 花子");
        ObjectNode named = submitted("5f0c1c2e-citizen");
        ((ObjectNode) named.get("applicant")).put("name", "鳥取 花子");

        assertThat(schemas.violations(event(leaking))).singleElement().asString().contains("answers");
        assertThat(schemas.violations(event(named))).singleElement().asString().contains("name");
    }

    @Test
    void a_receipt_number_keeps_its_printed_shape() {
        assertThat(schemas.violations(event(submitted("s").put("receiptNumber", "123")))).isNotEmpty();
    }

    @Test
    void only_the_form_catalogue_topic_is_compacted() {
        assertThat(Topics.settings(Topics.PROCEDURE_FORMS)).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.all()).contains(Topics.PROCEDURE_FORMS)
                .filteredOn(topic -> !topic.equals(Topics.PROCEDURE_FORMS))
                .allSatisfy(topic -> assertThat(Topics.settings(topic)).isEmpty());
    }
}
