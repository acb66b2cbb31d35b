package org.madoguchi.notification.adapter.in.messaging;

import static org.madoguchi.notification.adapter.in.messaging.EventFields.required;
import static org.madoguchi.notification.adapter.in.messaging.EventFields.text;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.notification.domain.model.Occurrence;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code procedures.events} (procedures-service). Only a published form concerns people here: its
 * department's staff get a notice; citizens learn of forms from the forms themselves, not from us.
 */
@ApplicationScoped
class ProcedureEventsConsumer {

    static final String CONSUMER = "notification-service.procedures";
    private static final String FORM_PUBLISHED = "madoguchi.procedures.form-published.v1";

    private final EventConsumption consumption;

    ProcedureEventsConsumer(EventConsumption consumption) {
        this.consumption = consumption;
    }

    @Incoming("procedures-events")
    @Blocking
    void onEvent(ConsumerRecord<String, String> record) {
        consumption.consume(CONSUMER, record, ProcedureEventsConsumer::occurrence);
    }

    static Optional<Occurrence> occurrence(ReceivedEvent event) {
        if (!FORM_PUBLISHED.equals(event.type())) {
            return Optional.empty();
        }
        JsonNode d = event.data();
        return Optional.of(new Occurrence.FormPublished(required(d, "formId"), d.path("version").asInt(1),
                required(d, "departmentCode"), required(d, "title"), text(d, "titleEn"), text(d, "publicUrl"),
                event.time()));
    }
}
