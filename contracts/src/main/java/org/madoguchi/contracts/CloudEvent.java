package org.madoguchi.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The envelope of every Madoguchi event: CloudEvents 1.0 in structured mode, the whole envelope
 * being the JSON value of the Kafka record.
 *
 * @param id       unique per event; consumers deduplicate on it
 * @param source   the producing service, {@code /madoguchi/<service>}
 * @param type     {@code madoguchi.<context>.<event>.v<N>}
 * @param subject  the aggregate id, also used as the Kafka key
 * @param time     when the state change happened
 * @param data     the event body, described by {@code events/<type>.schema.json}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        @JsonProperty("specversion") String specVersion,
        @JsonProperty("id") UUID id,
        @JsonProperty("source") String source,
        @JsonProperty("type") String type,
        @JsonProperty("subject") String subject,
        @JsonProperty("time") Instant time,
        @JsonProperty("datacontenttype") String dataContentType,
        @JsonProperty("data") JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Value of the Kafka {@code content-type} header for structured-mode events. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private static final Pattern TYPE = Pattern.compile("^madoguchi\\.[a-z0-9-]+\\.[a-z0-9-]+\\.v[0-9]+$");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must read madoguchi.<context>.<event>.v<N>: " + type);
        }
        specVersion = specVersion == null ? SPEC_VERSION : specVersion;
        dataContentType = dataContentType == null ? DATA_CONTENT_TYPE : dataContentType;
    }

    /** A new event with a fresh id. */
    public static CloudEvent of(String source, String type, String subject, Instant time, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID(), source, type, subject, time, DATA_CONTENT_TYPE, data);
    }

    /** Reads an envelope from its structured-mode JSON. */
    public static CloudEvent parse(String json) {
        try {
            return JSON.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvents envelope: " + e.getOriginalMessage(), e);
        }
    }

    /** The structured-mode JSON of this envelope. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + id, e);
        }
    }

    /** The shared mapper configured for envelopes (ISO-8601 instants). */
    public static ObjectMapper mapper() {
        return JSON;
    }
}
