package org.madoguchi.notification.adapter.in.messaging;

import static org.madoguchi.notification.adapter.in.messaging.EventFields.instant;
import static org.madoguchi.notification.adapter.in.messaging.EventFields.required;
import static org.madoguchi.notification.adapter.in.messaging.EventFields.text;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.notification.domain.model.Booking;
import org.madoguchi.notification.domain.model.Occurrence;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/** Reads {@code lending.events} (device-lending-service): bookings, hand-overs and returns, losses, incidents. */
@ApplicationScoped
class LendingEventsConsumer {

    static final String CONSUMER = "notification-service.lending";
    private static final String PREFIX = "madoguchi.lending.";

    private final EventConsumption consumption;

    LendingEventsConsumer(EventConsumption consumption) {
        this.consumption = consumption;
    }

    @Incoming("lending-events")
    @Blocking
    void onEvent(ConsumerRecord<String, String> record) {
        consumption.consume(CONSUMER, record, LendingEventsConsumer::occurrence);
    }

    static Optional<Occurrence> occurrence(ReceivedEvent event) {
        JsonNode d = event.data();
        String type = event.type();
        if (!type.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (type.substring(PREFIX.length())) {
            case "reservation-requested.v1" -> new Occurrence.BookingRequested(booking(d), event.time());
            case "reservation-approved.v1" -> new Occurrence.BookingApproved(booking(d), text(d, "comment"), event.time());
            case "reservation-declined.v1" -> new Occurrence.BookingDeclined(booking(d), text(d, "comment"), event.time());
            case "reservation-cancelled.v1" -> new Occurrence.BookingCancelled(booking(d), text(d, "reason"), event.time());
            case "reservation-overdue.v1" -> new Occurrence.BookingOverdue(booking(d), event.time());
            case "device-handed-over.v1" -> new Occurrence.DeviceHandedOver(required(d, "reservationId"),
                    text(d, "deviceNumber"), required(d, "siteCode"), borrower(d), instant(d, "dueBack"), event.time());
            case "device-returned.v1" -> new Occurrence.DeviceReturned(required(d, "reservationId"),
                    text(d, "deviceNumber"), required(d, "siteCode"), borrower(d), event.time());
            case "device-recalled.v1" -> new Occurrence.DeviceRecalled(required(d, "reservationId"),
                    text(d, "deviceNumber"), required(d, "siteCode"), borrower(d), instant(d, "dueBack"), event.time());
            case "device-reported-lost.v1" -> new Occurrence.DeviceReportedLost(text(d, "deviceNumber"),
                    required(d, "siteCode"), text(d, "incidentId"), reportedAt(d, event));
            case "incident-opened.v1" -> new Occurrence.IncidentOpened(required(d, "incidentId"), text(d, "deviceNumber"),
                    required(d, "siteCode"), required(d, "kind"), text(d, "borrower"),
                    d.path("reportRequired").asBoolean(false), event.time());
            default -> null;
        });
    }

    /** When the loss was reported: the event's {@code at}, else the event's time. */
    private static java.time.Instant reportedAt(JsonNode d, ReceivedEvent event) {
        java.time.Instant at = instant(d, "at");
        return at != null ? at : event.time();
    }

    private static Booking booking(JsonNode d) {
        return new Booking(required(d, "reservationId"), text(d, "deviceNumber"), required(d, "siteCode"), borrower(d),
                instant(d, "start"), instant(d, "end"), text(d, "purpose"), text(d, "status"));
    }

    private static String borrower(JsonNode d) {
        return required(d.path("borrower"), "subject");
    }
}
