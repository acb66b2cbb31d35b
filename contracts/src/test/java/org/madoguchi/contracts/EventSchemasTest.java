package org.madoguchi.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {

    private final EventSchemas schemas = new EventSchemas();

    private static CloudEvent parcelSent(ObjectNode data) {
        return EventEnvelope.create("/madoguchi/test-service", "madoguchi.test.parcel-sent.v1", "parcel-1",
                Instant.parse("2026-04-01T00:00:00Z"), data);
    }

    private static ObjectNode data(String parcelId, int weight) {
        return JsonNodeFactory.instance.objectNode().put("parcelId", parcelId).put("weightGrams", weight);
    }

    @Test
    void accepts_an_event_that_matches_envelope_and_data_schema() {
        String json = EventEnvelope.write(parcelSent(data("p-1", 300)));

        assertThat(schemas.violations(json)).isEmpty();
        assertThat(json).contains("\"specversion\":\"1.0\"", "\"datacontenttype\":\"application/json\"",
                "\"time\":\"2026-04-01T00:00:00Z\"");
    }

    @Test
    void reports_data_that_breaks_the_event_type_schema() {
        String json = EventEnvelope.write(parcelSent(data("p-1", 0)));

        assertThat(schemas.violations(json)).singleElement().asString().startsWith("data: ").contains("weightGrams");
        assertThatThrownBy(() -> schemas.requireValid(json))
                .isInstanceOf(EventSchemas.EventContractViolation.class);
    }

    @Test
    void reports_an_envelope_without_its_required_attributes() throws IOException {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(EventEnvelope.write(parcelSent(data("p-1", 5))));
        tree.remove("subject");
        tree.put("id", "not-a-uuid");

        assertThat(schemas.violations(tree)).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("subject"))
                .anySatisfy(m -> assertThat(m).contains("id"));
    }

    @Test
    void reports_an_event_type_that_has_no_schema() {
        CloudEvent unknown = EventEnvelope.create("/madoguchi/test-service", "madoguchi.test.unknown-thing.v1", "x",
                Instant.now(), data("p", 1));

        assertThat(schemas.knows("madoguchi.test.unknown-thing.v1")).isFalse();
        assertThat(schemas.violations(EventEnvelope.write(unknown))).singleElement().asString().contains("no schema");
    }

    @Test
    void refuses_a_type_name_outside_the_naming_convention() {
        assertThatThrownBy(() -> EventEnvelope.create("/madoguchi/x", "ParcelSent", "x", Instant.now(), data("p", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("madoguchi.<context>");
    }

    @Test
    void an_envelope_survives_a_round_trip_through_json() {
        CloudEvent sent = parcelSent(data("p-9", 42));

        ReceivedEvent read = EventEnvelope.read(EventEnvelope.write(sent));

        assertThat(read.cloudEvent()).isEqualTo(sent);
        assertThat(read.data()).isEqualTo(data("p-9", 42));
    }

    @Test
    void validates_an_event_as_it_is_written() {
        assertThat(schemas.violations(EventEnvelope.write(parcelSent(data("p-2", 7))))).isEmpty();
        schemas.requireValid(parcelSent(data("p-2", 7)));
        assertThatThrownBy(() -> schemas.requireValid(parcelSent(data("p-2", -1))))
                .isInstanceOf(EventSchemas.EventContractViolation.class).hasMessageContaining("weightGrams");
    }

    @Test
    void the_asyncapi_document_lists_every_topic() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            String doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(Topics.all()).allSatisfy(topic -> assertThat(doc).contains("address: " + topic));
        }
    }
}
