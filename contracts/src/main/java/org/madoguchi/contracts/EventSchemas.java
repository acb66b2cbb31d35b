package org.madoguchi.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates events against the contracts: the CloudEvents envelope schema and the data schema of
 * the event type ({@code events/<type>.schema.json} on the class path). Producers may call it
 * before writing to the outbox; tests call it on what they produce and consume.
 */
public final class EventSchemas {

    static final String ENVELOPE = "events/cloudevent.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    /**
     * The schemas found on the class path so far: each is looked up there once, not at every event (a class-path
     * lookup costs more than the check). Only those found are kept, so that unknown types cannot grow it.
     */
    private final Set<String> onClassPath = ConcurrentHashMap.newKeySet();
    private final ClassLoader classLoader;

    public EventSchemas() {
        this(EventSchemas.class.getClassLoader());
    }

    public EventSchemas(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Whether a data schema exists for this event type. */
    public boolean knows(String type) {
        return onClassPath(dataSchemaPath(type));
    }

    /** Every violation of the contract by this structured-mode event; empty when it conforms. */
    public List<String> violations(String eventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return violations(event);
    }

    /** Every violation of the contract by this event tree; empty when it conforms. */
    public List<String> violations(JsonNode event) {
        List<String> found = new ArrayList<>(messages(schema(ENVELOPE).validate(event)));
        JsonNode type = event.get("type");
        if (type == null || !type.isTextual()) {
            return found;
        }
        String path = dataSchemaPath(type.asText());
        if (!onClassPath(path)) {
            found.add("no schema for event type " + type.asText() + " (expected " + path + ")");
            return found;
        }
        JsonNode data = event.get("data");
        if (data != null) {
            messages(schema(path).validate(data)).forEach(m -> found.add("data: " + m));
        }
        return found;
    }

    /** Throws {@link EventContractViolation} unless the event conforms. */
    public void requireValid(String eventJson) {
        List<String> found = violations(eventJson);
        if (!found.isEmpty()) {
            throw new EventContractViolation(found);
        }
    }

    /** Throws {@link EventContractViolation} unless the event, as {@link EventEnvelope} writes it, conforms. */
    public void requireValid(CloudEvent event) {
        requireValid(EventEnvelope.write(event));
    }

    static String dataSchemaPath(String type) {
        return "events/" + type + ".schema.json";
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        return messages.stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }

    private boolean onClassPath(String path) {
        if (onClassPath.contains(path)) {
            return true;
        }
        boolean found = classLoader.getResource(path) != null;
        if (found) {
            onClassPath.add(path);
        }
        return found;
    }

    private JsonSchema schema(String path) {
        return schemas.computeIfAbsent(path, p -> {
            try (InputStream in = classLoader.getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalArgumentException("schema not on the class path: " + p);
                }
                return factory.getSchema(JSON.readTree(in), config);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + p, e);
            }
        });
    }

    /** An event that does not conform to its contract. */
    public static final class EventContractViolation extends RuntimeException {
        private final List<String> violations;

        public EventContractViolation(List<String> violations) {
            super("event violates its contract: " + String.join("; ", violations));
            this.violations = List.copyOf(violations);
        }

        public List<String> violations() {
            return violations;
        }
    }
}
