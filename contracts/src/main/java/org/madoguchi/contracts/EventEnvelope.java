package org.madoguchi.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.rw.CloudEventRWException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The envelope of every Madoguchi event: CloudEvents 1.0 in structured mode, the whole envelope
 * being the JSON value of the Kafka record ({@code specversion}, {@code id}, {@code source},
 * {@code type}, {@code subject}, {@code time}, {@code datacontenttype} and {@code data} as JSON).
 * Events are built with the CloudEvents SDK's {@link CloudEventBuilder} and written and read with
 * its {@link JsonFormat}; this class only adds Madoguchi's conventions: a UUID id, a subject (the
 * aggregate id, also the Kafka key), a time, JSON data, and a type named
 * {@code madoguchi.<context>.<event>.v<N>}.
 *
 * <p>Why not {@code cloudevents-kafka}: the outbox stores the structured JSON in the business
 * transaction and the relay publishes those bytes as they are, so there is nothing left for a Kafka
 * serializer to do but parse them again; its structured writer would also drop the
 * {@code charset} from the {@code content-type} header. On the consuming side its deserializer
 * chooses the mode from the record headers, while our consumers receive the value alone (a String,
 * possibly in batches) and must read records that carry no {@code content-type} header.
 * {@link #read(String)} reads such a value directly with the event format.
 */
public final class EventEnvelope {

    /** {@code datacontenttype} of every Madoguchi event. */
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Value of the Kafka {@code content-type} header for structured-mode events. */
    public static final String STRUCTURED_CONTENT_TYPE = JsonFormat.CONTENT_TYPE + "; charset=UTF-8";

    private static final Pattern TYPE = Pattern.compile("^madoguchi\\.[a-z0-9-]+\\.[a-z0-9-]+\\.v[0-9]+$");
    private static final EventFormat FORMAT = new JsonFormat();
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventEnvelope() {
    }

    /**
     * A new event with a fresh id.
     *
     * @param source  the producing service, {@code /madoguchi/<service>}
     * @param type    {@code madoguchi.<context>.<event>.v<N>}
     * @param subject the aggregate id, also used as the Kafka key
     * @param time    when the state change happened
     * @param data    the event body, described by {@code events/<type>.schema.json}
     */
    public static CloudEvent create(String source, String type, String subject, Instant time, JsonNode data) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        requireConventionalType(type);
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create(source))
                .withType(type)
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withData(DATA_CONTENT_TYPE, JsonCloudEventData.wrap(data))
                .build();
    }

    /** The structured-mode JSON of an event, as stored in the outbox and sent as the Kafka value. */
    public static String write(CloudEvent event) {
        return new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
    }

    /**
     * Reads an event from its structured-mode JSON, such as the value of a Kafka record.
     *
     * @throws IllegalArgumentException if the JSON is no CloudEvent or breaks Madoguchi's conventions
     */
    public static ReceivedEvent read(String json) {
        CloudEvent event;
        try {
            event = FORMAT.deserialize(json.getBytes(StandardCharsets.UTF_8));
        } catch (EventDeserializationException | CloudEventRWException e) {
            throw new IllegalArgumentException("not a CloudEvents envelope: " + innermostMessage(e), e);
        }
        return new ReceivedEvent(event, data(event));
    }

    /** The data of an event as a JSON tree. */
    public static JsonNode data(CloudEvent event) {
        CloudEventData data = event.getData();
        if (data == null) {
            throw new IllegalArgumentException("event " + event.getId() + " has no data");
        }
        if (data instanceof JsonCloudEventData json) {
            return json.getNode();
        }
        try {
            return JSON.readTree(data.toBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("the data of event " + event.getId() + " is not JSON", e);
        }
    }

    static void requireConventionalType(String type) {
        Objects.requireNonNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must read madoguchi.<context>.<event>.v<N>: " + type);
        }
    }

    private static String innermostMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
    }
}
