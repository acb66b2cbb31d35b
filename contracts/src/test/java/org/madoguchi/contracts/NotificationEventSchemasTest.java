package org.madoguchi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class NotificationEventSchemasTest {

    private static final String FAILED = "madoguchi.notifications.delivery-failed.v1";
    private final EventSchemas schemas = new EventSchemas();

    private static ObjectNode failed() {
        return JsonNodeFactory.instance.objectNode()
                .put("notificationId", "7b0f6a8e-6c1d-4d59-9d0e-3d3f5a1f2b10")
                .put("deliveryId", "0d7e5f51-2a4b-4f0c-8d4e-5c6b7a8f9e01")
                .put("recipient", "5f0c1c2e-staff")
                .put("kind", "RETURN_REMINDER")
                .put("urgent", false)
                .put("channel", "MESSAGING")
                .put("attempts", 5)
                .put("source", "reminder:3f0c1c2e-0000-4000-8000-000000000001")
                .put("error", "http-503")
                .put("failedAt", "2023-05-11T01:00:00Z");
    }

    private static String event(String type, ObjectNode data) {
        return EventEnvelope.write(EventEnvelope.create("/madoguchi/notification-service", type,
                data.get("notificationId").asText(), Instant.parse("2023-05-11T01:00:00Z"), data));
    }

    @Test
    void a_failed_delivery_keeps_the_contract_and_names_its_channel_and_error() {
        assertThat(schemas.violations(event(FAILED, failed()))).isEmpty();
        assertThat(schemas.violations(event(FAILED, failed().put("channel", "INBOX")))).isNotEmpty();
        assertThat(schemas.violations(event(FAILED, (ObjectNode) failed().without("error")))).isNotEmpty();
    }

    @Test
    void the_contract_has_no_room_for_an_address_or_the_message_text() {
        assertThat(schemas.violations(event(FAILED, failed().put("address", "hanako@example.jp"))))
                .singleElement().asString().contains("address");
        assertThat(schemas.violations(event(FAILED, failed().put("body", "返却期限が近づいています"))))
                .singleElement().asString().contains("body");
    }

    @Test
    void every_notification_event_type_has_a_schema() {
        assertThat(schemas.knows("madoguchi.notifications.delivery-succeeded.v1")).isTrue();
        assertThat(schemas.knows(FAILED)).isTrue();
        assertThat(schemas.knows("madoguchi.notifications.announcement-published.v1")).isTrue();
    }
}
