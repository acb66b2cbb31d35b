package org.madoguchi.notification.adapter.in.messaging;

import static org.madoguchi.notification.adapter.in.messaging.EventFields.date;
import static org.madoguchi.notification.adapter.in.messaging.EventFields.required;
import static org.madoguchi.notification.adapter.in.messaging.EventFields.subjectOf;
import static org.madoguchi.notification.adapter.in.messaging.EventFields.text;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.notification.domain.model.Occurrence;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/** Reads {@code applications.events} (applications-service): submitted, status changed, withdrawn. */
@ApplicationScoped
class ApplicationEventsConsumer {

    static final String CONSUMER = "notification-service.applications";
    private static final String PREFIX = "madoguchi.applications.";

    private final EventConsumption consumption;

    ApplicationEventsConsumer(EventConsumption consumption) {
        this.consumption = consumption;
    }

    @Incoming("applications-events")
    @Blocking
    void onEvent(ConsumerRecord<String, String> record) {
        consumption.consume(CONSUMER, record, ApplicationEventsConsumer::occurrence);
    }

    static Optional<Occurrence> occurrence(ReceivedEvent event) {
        JsonNode d = event.data();
        return Optional.ofNullable(switch (event.type()) {
            case PREFIX + "application-submitted.v1" -> new Occurrence.ApplicationSubmitted(application(d), event.time());
            case PREFIX + "application-status-changed.v1" -> new Occurrence.ApplicationStatusChanged(application(d),
                    required(d, "from"), required(d, "to"), text(d, "reason"), event.time());
            case PREFIX + "application-withdrawn.v1" -> new Occurrence.ApplicationWithdrawn(application(d), event.time());
            default -> null;
        });
    }

    private static Occurrence.Application application(JsonNode d) {
        return new Occurrence.Application(required(d, "applicationId"), required(d, "receiptNumber"),
                required(d, "formTitle"), text(d, "formTitleEn"), required(d, "departmentCode"),
                subjectOf(d, "applicant"), date(d, "dueDate"));
    }
}
