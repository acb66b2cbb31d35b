package org.madoguchi.applications.adapter.in.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.Topics;
import org.madoguchi.testing.KafkaResource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Before the service starts on an empty database, procedures-service "published" forms long ago: their events are on
 * {@code procedures.forms} already (as compaction leaves them), schema-valid, written the way its outbox writes them.
 */
public class FormsPublishedLongAgo implements QuarkusTestResourceLifecycleManager {

    /** A form published twice: version 2 is current. */
    static final UUID EDITED = UUID.randomUUID();
    /** A form published, then closed. */
    static final UUID CLOSED = UUID.randomUUID();
    /** A form with a processing period and an attachment field. */
    static final UUID WITH_SETTINGS = UUID.randomUUID();
    /** The event id of the first publication of {@link #EDITED}, delivered again at the end. */
    static final UUID REPEATED_EVENT = UUID.randomUUID();

    private static final Instant LONG_AGO = Instant.parse("2023-05-11T00:00:00Z");

    @Override
    public Map<String, String> start() {
        EventSchemas schemas = new EventSchemas();
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new StringSerializer())) {
            List<CloudEvent> events = List.of(
                    published(REPEATED_EVENT, EDITED, 1, "旧様式", null, null, LONG_AGO),
                    published(UUID.randomUUID(), EDITED, 2, "新様式", null, null, LONG_AGO.plusSeconds(60)),
                    published(UUID.randomUUID(), CLOSED, 1, "終了した様式", null, null, LONG_AGO),
                    closed(CLOSED, 1, LONG_AGO.plusSeconds(120)),
                    published(UUID.randomUUID(), WITH_SETTINGS, 1, "添付のある様式", 10, 5_000_000L,
                            LONG_AGO.plusSeconds(180)),
                    // at-least-once: the first event comes again, and an old event comes again with a new id
                    published(REPEATED_EVENT, EDITED, 1, "旧様式", null, null, LONG_AGO),
                    published(UUID.randomUUID(), EDITED, 1, "旧様式", null, null, LONG_AGO));
            for (CloudEvent event : events) {
                String payload = EventEnvelope.write(event);
                schemas.requireValid(payload);
                producer.send(new ProducerRecord<>(Topics.PROCEDURE_FORMS, event.getSubject(), payload))
                        .get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish the forms of long ago", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // the events stay on the shared broker; other tests' catalogues learn these forms too, which is harmless
    }

    private static CloudEvent published(UUID eventId, UUID form, int version, String title, Integer days,
            Long maxFileBytes, Instant at) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode data = json.objectNode()
                .put("formId", form.toString()).put("version", version).put("kind", "PROCEDURE")
                .put("departmentCode", "hoken-center").put("title", title).put("titleEn", (String) null)
                .put("description", "").put("descriptionEn", (String) null).put("acceptsAnonymous", false)
                .putNull("opensAt").putNull("closesAt").put("publicUrl", "http://localhost:8080/forms/" + form)
                .put("publishedAt", at.toString());
        data.putArray("procedureIds");
        data.putObject("publishedBy").put("subject", "a-admin").put("username", "procadmin1");
        ArrayNode fields = data.putArray("fields");
        fields.add(field(json, "name", "TEXT", true));
        if (version >= 2) {
            fields.add(field(json, "phone", "PHONE", true));
        }
        if (maxFileBytes != null) {
            fields.add(field(json, "certificate", "ATTACHMENT", false));
            data.putObject("attachmentLimits").put("maxFileBytes", maxFileBytes).put("maxFiles", 2);
        }
        if (days != null) {
            data.put("standardProcessingDays", days);
        }
        CloudEvent event = EventEnvelope.create("/madoguchi/procedures-service", FormCatalogueConsumer.PUBLISHED,
                form.toString(), at, data);
        return CloudEventBuilder.v1(event).withId(eventId.toString()).build();
    }

    private static CloudEvent closed(UUID form, int version, Instant at) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("formId", form.toString()).put("version", version)
                .put("kind", "PROCEDURE").put("departmentCode", "hoken-center").put("closedAt", at.toString());
        data.putObject("closedBy").put("subject", "a-admin").put("username", "procadmin1");
        return EventEnvelope.create("/madoguchi/procedures-service", FormCatalogueConsumer.CLOSED, form.toString(), at,
                data);
    }

    private static ObjectNode field(JsonNodeFactory json, String key, String type, boolean required) {
        ObjectNode field = json.objectNode().put("key", key).put("label", key).putNull("labelEn").put("type", type)
                .put("required", required).putNull("minLength").putNull("maxLength").putNull("pattern");
        field.putArray("choices");
        return field;
    }
}
