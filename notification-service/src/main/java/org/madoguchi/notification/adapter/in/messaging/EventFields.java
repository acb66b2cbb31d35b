package org.madoguchi.notification.adapter.in.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the members of an event's data as the contracts define them; a missing or null member reads as null. */
final class EventFields {

    private EventFields() {
    }

    static String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** A required member: throws when it is missing, so the event is skipped as malformed. */
    static String required(JsonNode data, String field) {
        String value = text(data, field);
        if (value == null) {
            throw new IllegalArgumentException("the event has no " + field);
        }
        return value;
    }

    static Instant instant(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : Instant.parse(value);
    }

    static LocalDate date(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : LocalDate.parse(value);
    }

    static Optional<String> subjectOf(JsonNode data, String field) {
        return Optional.ofNullable(text(data.path(field), "subject"));
    }
}
