package org.madoguchi.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Wire compatibility of the SDK-based envelope with the hand-written envelope it replaced: the
 * expectations below are what the old {@code org.madoguchi.contracts.CloudEvent} record wrote for
 * the same input, copied literally.
 */
class EventEnvelopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventSchemas SCHEMAS = new EventSchemas();

    private static final String ID = "3f2b8c1d-9e4a-4b7c-a6d5-1e0f2a3b4c5d";
    private static final String SOURCE = "/madoguchi/device-lending-service";
    private static final String TYPE = "madoguchi.lending.reservation-requested.v1";
    private static final String SUBJECT = "0b9f3c2e-6a1d-4f5e-9c7b-2d8e1f4a6b3c";

    /** What the hand-written envelope wrote for {@link #event(String)} at 09:30:15.123456. */
    private static final String HAND_WRITTEN = """
            {"specversion":"1.0","id":"3f2b8c1d-9e4a-4b7c-a6d5-1e0f2a3b4c5d","source":"/madoguchi/device-lending-service",\
            "type":"madoguchi.lending.reservation-requested.v1","subject":"0b9f3c2e-6a1d-4f5e-9c7b-2d8e1f4a6b3c",\
            "time":"2026-04-01T09:30:15.123456Z","datacontenttype":"application/json","data":{\
            "reservationId":"0b9f3c2e-6a1d-4f5e-9c7b-2d8e1f4a6b3c","deviceId":"5e2a7c91-3b4d-4e6f-8a1c-9d0b2e3f4a5b",\
            "deviceNumber":"001","siteCode":"aoya","borrower":{"subject":"8d7c6b5a-staff","department":"総務課"},\
            "start":"2026-04-01T00:00:00Z","end":"2026-04-03T08:00:00Z","purpose":"TELEWORK","status":"PENDING",\
            "disasterResponse":false,"comment":"「在宅勤務」用 \\"quoted\\" \\\\ / é \\t tab"}}""";

    /** The same event as the SDK's JSON format writes it: the same members, in the SDK's order. */
    private static final String SDK_WRITTEN = """
            {"specversion":"1.0","id":"3f2b8c1d-9e4a-4b7c-a6d5-1e0f2a3b4c5d","source":"/madoguchi/device-lending-service",\
            "type":"madoguchi.lending.reservation-requested.v1","datacontenttype":"application/json",\
            "subject":"0b9f3c2e-6a1d-4f5e-9c7b-2d8e1f4a6b3c","time":"2026-04-01T09:30:15.123456Z","data":{\
            "reservationId":"0b9f3c2e-6a1d-4f5e-9c7b-2d8e1f4a6b3c","deviceId":"5e2a7c91-3b4d-4e6f-8a1c-9d0b2e3f4a5b",\
            "deviceNumber":"001","siteCode":"aoya","borrower":{"subject":"8d7c6b5a-staff","department":"総務課"},\
            "start":"2026-04-01T00:00:00Z","end":"2026-04-03T08:00:00Z","purpose":"TELEWORK","status":"PENDING",\
            "disasterResponse":false,"comment":"「在宅勤務」用 \\"quoted\\" \\\\ / é \\t tab"}}""";

    private static ObjectNode data() {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("reservationId", SUBJECT)
                .put("deviceId", "5e2a7c91-3b4d-4e6f-8a1c-9d0b2e3f4a5b")
                .put("deviceNumber", "001")
                .put("siteCode", "aoya");
        data.putObject("borrower").put("subject", "8d7c6b5a-staff").put("department", "総務課");
        return data.put("start", "2026-04-01T00:00:00Z")
                .put("end", "2026-04-03T08:00:00Z")
                .put("purpose", "TELEWORK")
                .put("status", "PENDING")
                .put("disasterResponse", false)
                .put("comment", "「在宅勤務」用 \"quoted\" \\ / é \t tab");
    }

    /** The event with the fixed id of the expectations (a new event gets a random one). */
    private static CloudEvent event(String time) {
        CloudEvent created = EventEnvelope.create(SOURCE, TYPE, SUBJECT, Instant.parse(time), data());
        return CloudEventBuilder.v1(created).withId(ID).build();
    }

    private static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }

    @Test
    void writes_the_members_and_values_the_hand_written_envelope_wrote() throws IOException {
        String written = EventEnvelope.write(event("2026-04-01T09:30:15.123456Z"));

        assertThat(tree(written)).isEqualTo(tree(HAND_WRITTEN));
        assertThat(SCHEMAS.violations(written)).isEmpty();
        assertThat(SCHEMAS.violations(HAND_WRITTEN)).isEmpty();
    }

    @Test
    void differs_from_the_hand_written_bytes_only_in_the_order_of_the_members() {
        assertThat(EventEnvelope.write(event("2026-04-01T09:30:15.123456Z"))).isEqualTo(SDK_WRITTEN);
        assertThat(SDK_WRITTEN).hasSameSizeAs(HAND_WRITTEN);
    }

    @Test
    void a_new_event_has_a_fresh_uuid_and_the_attributes_of_the_contract() throws IOException {
        CloudEvent first = EventEnvelope.create(SOURCE, TYPE, SUBJECT, Instant.now(), data());
        CloudEvent second = EventEnvelope.create(SOURCE, TYPE, SUBJECT, Instant.now(), data());

        assertThat(UUID.fromString(first.getId())).isNotEqualTo(UUID.fromString(second.getId()));
        assertThat(first.getDataContentType()).isEqualTo("application/json");
        assertThat(tree(EventEnvelope.write(first)).properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("specversion", "id", "source", "type", "subject", "time",
                        "datacontenttype", "data");
        assertThat(SCHEMAS.violations(EventEnvelope.write(first))).isEmpty();
    }

    @Test
    void reads_what_the_hand_written_envelope_wrote() throws IOException {
        ReceivedEvent read = EventEnvelope.read(HAND_WRITTEN);

        assertThat(read.id()).isEqualTo(UUID.fromString(ID));
        assertThat(read.source()).isEqualTo(SOURCE);
        assertThat(read.type()).isEqualTo(TYPE);
        assertThat(read.subject()).isEqualTo(SUBJECT);
        assertThat(read.time()).isEqualTo(Instant.parse("2026-04-01T09:30:15.123456Z"));
        assertThat(read.data()).isEqualTo(data());
        assertThat(read.cloudEvent()).isEqualTo(event("2026-04-01T09:30:15.123456Z"));
        assertThat(tree(EventEnvelope.write(read.cloudEvent()))).isEqualTo(tree(HAND_WRITTEN));
    }

    @Test
    void whole_seconds_are_written_as_before() throws IOException {
        JsonNode written = tree(EventEnvelope.write(event("2026-04-01T09:30:00Z")));

        assertThat(written.get("time").asText()).isEqualTo("2026-04-01T09:30:00Z");
    }

    @Test
    void a_fraction_ending_in_zeros_is_written_shorter_and_means_the_same_instant() throws IOException {
        // the hand-written envelope wrote Instant.toString(), "2026-04-01T09:30:15.120Z"
        String written = EventEnvelope.write(event("2026-04-01T09:30:15.120Z"));

        assertThat(tree(written).get("time").asText()).isEqualTo("2026-04-01T09:30:15.12Z");
        assertThat(EventEnvelope.read(written).time()).isEqualTo(Instant.parse("2026-04-01T09:30:15.120Z"));
        assertThat(SCHEMAS.violations(written)).isEmpty();
    }

    @Test
    void the_kafka_content_type_header_is_unchanged() {
        assertThat(EventEnvelope.STRUCTURED_CONTENT_TYPE).isEqualTo("application/cloudevents+json; charset=UTF-8");
    }

    @Test
    void refuses_what_is_no_madoguchi_event() throws IOException {
        assertRefused("not json");
        assertRefused("{\"specversion\":\"1.0\",\"source\":\"/madoguchi/x\",\"type\":\"" + TYPE + "\"}");
        assertRefused(without("subject"));
        assertRefused(without("time"));
        assertRefused(without("data"));
        assertRefused(with("id", "not-a-uuid"));
        assertRefused(with("type", "ReservationRequested"));
        assertRefused(with("specversion", "9.9"));
    }

    private static void assertRefused(String json) {
        assertThatThrownBy(() -> EventEnvelope.read(json)).as(json).isInstanceOf(IllegalArgumentException.class);
    }

    private static String without(String member) throws IOException {
        ObjectNode tree = (ObjectNode) tree(HAND_WRITTEN);
        tree.remove(member);
        return tree.toString();
    }

    private static String with(String member, String value) throws IOException {
        return ((ObjectNode) tree(HAND_WRITTEN)).put(member, value).toString();
    }
}
