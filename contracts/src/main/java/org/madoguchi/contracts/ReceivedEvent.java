package org.madoguchi.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as a consumer reads it with {@link EventEnvelope#read(String)}: the SDK's
 * {@link CloudEvent} and its data as a JSON tree. The accessors give the attributes typed the way
 * Madoguchi uses them; every instance keeps the envelope's conventions (a UUID id, a subject, a
 * time, a {@code madoguchi.<context>.<event>.v<N>} type).
 *
 * @param cloudEvent the event as the CloudEvents SDK read it
 * @param data       its data, described by {@code events/<type>.schema.json}
 */
public record ReceivedEvent(CloudEvent cloudEvent, JsonNode data) {

    public ReceivedEvent {
        Objects.requireNonNull(cloudEvent, "cloudEvent");
        Objects.requireNonNull(data, "data");
        EventEnvelope.requireConventionalType(cloudEvent.getType());
        if (cloudEvent.getSubject() == null) {
            throw new IllegalArgumentException("event " + cloudEvent.getId() + " has no subject");
        }
        if (cloudEvent.getTime() == null) {
            throw new IllegalArgumentException("event " + cloudEvent.getId() + " has no time");
        }
        try {
            UUID.fromString(cloudEvent.getId());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("event id is not a UUID: " + cloudEvent.getId(), e);
        }
    }

    /** Unique per event; consumers deduplicate on it. */
    public UUID id() {
        return UUID.fromString(cloudEvent.getId());
    }

    /** The producing service, {@code /madoguchi/<service>}. */
    public String source() {
        return cloudEvent.getSource().toString();
    }

    /** {@code madoguchi.<context>.<event>.v<N>}. */
    public String type() {
        return cloudEvent.getType();
    }

    /** The aggregate id, also the Kafka key. */
    public String subject() {
        return cloudEvent.getSubject();
    }

    /** When the state change happened. */
    public Instant time() {
        return cloudEvent.getTime().toInstant();
    }
}
