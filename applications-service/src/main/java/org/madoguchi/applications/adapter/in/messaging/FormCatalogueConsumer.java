package org.madoguchi.applications.adapter.in.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.madoguchi.applications.application.port.in.RecordClosedFormCommand;
import org.madoguchi.applications.application.port.in.RecordClosedFormUseCase;
import org.madoguchi.applications.application.port.in.RecordPublishedFormCommand;
import org.madoguchi.applications.application.port.in.RecordPublishedFormUseCase;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.FieldType;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormField;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormKind;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.ReceivedEvent;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/**
 * Builds the local form catalogue from {@code procedures.forms}, the compacted topic of current form definitions
 * that procedures-service writes through its outbox. Every instance reads it from the beginning each time it starts
 * (a consumer group of its own, offset reset to earliest), so an instance on an empty database learns every form,
 * however long ago it was published: compaction keeps the last event of each form. Each event is applied once
 * ({@code processed_event}), and an event older than the last one applied to its form changes nothing, so that
 * reading the topic again always ends in the current state.
 */
@ApplicationScoped
class FormCatalogueConsumer {

    static final String PUBLISHED = "madoguchi.procedures.form-published.v1";
    static final String CLOSED = "madoguchi.procedures.form-closed.v1";
    private static final Logger LOG = Logger.getLogger(FormCatalogueConsumer.class);

    private final RecordPublishedFormUseCase published;
    private final RecordClosedFormUseCase closed;

    FormCatalogueConsumer(RecordPublishedFormUseCase published, RecordClosedFormUseCase closed) {
        this.published = published;
        this.closed = closed;
    }

    @Incoming("form-catalogue")
    @Blocking
    void onEvent(String record) {
        ReceivedEvent event;
        try {
            event = EventEnvelope.read(record);
        } catch (IllegalArgumentException notAnEvent) {
            LOG.warnf("Skipping a record on procedures.forms that is not an event: %s", notAnEvent.getMessage());
            return;
        }
        UUID id = event.id();
        Instant at = event.time();
        if (PUBLISHED.equals(event.type())) {
            Form form;
            try {
                form = form(event.data());
            } catch (RuntimeException unreadable) {
                // a definition this version cannot read would stop the catalogue for every form behind it
                LOG.errorf("Skipping form event %s on procedures.forms that does not describe a form: %s", id,
                        unreadable.toString());
                return;
            }
            published.record(new RecordPublishedFormCommand(id, form, at));
        } else if (CLOSED.equals(event.type())) {
            closed.record(new RecordClosedFormCommand(id, new FormId(UUID.fromString(event.subject())), at));
        }
    }

    /** The form version a form-published event describes. */
    static Form form(JsonNode data) {
        List<FormField> fields = new ArrayList<>();
        for (JsonNode field : data.get("fields")) {
            List<String> choices = new ArrayList<>();
            field.path("choices").forEach(choice -> choices.add(choice.asText()));
            fields.add(new FormField(field.get("key").asText(), field.get("label").asText(), text(field, "labelEn"),
                    FieldType.valueOf(field.get("type").asText()), field.get("required").asBoolean(),
                    integer(field, "minLength"), integer(field, "maxLength"), text(field, "pattern"), choices));
        }
        JsonNode limits = data.path("attachmentLimits");
        Integer days = integer(data, "standardProcessingDays");
        return new Form(new FormId(UUID.fromString(data.get("formId").asText())), data.get("version").asInt(),
                FormKind.valueOf(data.get("kind").asText()), new DepartmentCode(data.get("departmentCode").asText()),
                data.get("title").asText(), text(data, "titleEn"), fields, data.get("acceptsAnonymous").asBoolean(),
                instant(data, "opensAt"), instant(data, "closesAt"),
                days == null ? OptionalInt.empty() : OptionalInt.of(days),
                limits.isObject() ? Optional.of(new AttachmentLimits(limits.get("maxFileBytes").asLong(),
                        limits.get("maxFiles").asInt())) : Optional.empty(),
                false);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static Instant instant(JsonNode node, String name) {
        String value = text(node, name);
        return value == null ? null : Instant.parse(value);
    }
}
