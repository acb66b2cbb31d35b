package org.madoguchi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;

/**
 * Events as the other services publish them, built to their contracts and checked against the schemas before
 * they are sent to the real Kafka broker. Each call makes a fresh event (a new id) unless it resends one.
 */
public final class SampleEvents {

    private static final EventSchemas SCHEMAS = new EventSchemas(Thread.currentThread().getContextClassLoader());
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static KafkaProducer<String, String> producer;

    private SampleEvents() {
    }

    /** A booking as lending events describe it. */
    public record Booking(String reservationId, String deviceNumber, String siteCode, String borrower, Instant start,
                          Instant end) {
        public static Booking of(String siteCode, String borrower, Instant start, Instant end) {
            return new Booking(UUID.randomUUID().toString(), "014", siteCode, borrower, start, end);
        }
    }

    /** Sends the event (valid by its contract) and returns its structured JSON, for a test that resends it. */
    public static String send(String topic, CloudEvent event) {
        String json = EventEnvelope.write(event);
        assertThat(SCHEMAS.violations(json)).as("contract of %s", json).isEmpty();
        resend(topic, event.getSubject(), json);
        return json;
    }

    /** Sends a record again, as a redelivery would. */
    public static void resend(String topic, String key, String json) {
        try {
            producer().send(new ProducerRecord<>(topic, key, json)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    KafkaResource.broker().bootstrapServers()), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    // lending.events

    public static CloudEvent reservation(String event, Booking b, String status, Map<String, String> extra) {
        ObjectNode data = JSON.objectNode()
                .put("reservationId", b.reservationId())
                .put("deviceId", UUID.nameUUIDFromBytes(b.deviceNumber().getBytes()).toString())
                .put("deviceNumber", b.deviceNumber())
                .put("siteCode", b.siteCode())
                .put("start", b.start().toString())
                .put("end", b.end().toString())
                .put("purpose", "FIELD_WORK")
                .put("status", status)
                .put("disasterResponse", false);
        data.putObject("borrower").put("subject", b.borrower()).put("department", "kenko-kosodate");
        extra.forEach(data::put);
        return lending(event, b.reservationId(), data);
    }

    public static CloudEvent requested(Booking b, String status) {
        return reservation("reservation-requested", b, status, Map.of());
    }

    public static CloudEvent approved(Booking b, String comment) {
        return reservation("reservation-approved", b, "CONFIRMED", Map.of("decidedBy", "desk-1", "comment", comment));
    }

    public static CloudEvent cancelled(Booking b, String reason) {
        return reservation("reservation-cancelled", b, "CANCELLED", Map.of("reason", reason, "cancelledBy", "info-1"));
    }

    public static CloudEvent overdue(Booking b) {
        return reservation("reservation-overdue", b, "OVERDUE", Map.of());
    }

    private static ObjectNode device(Booking b, String status, Instant at) {
        return JSON.objectNode()
                .put("deviceId", UUID.nameUUIDFromBytes(b.deviceNumber().getBytes()).toString())
                .put("deviceNumber", b.deviceNumber())
                .put("siteCode", b.siteCode())
                .put("deviceStatus", status)
                .put("at", at.toString());
    }

    public static CloudEvent returned(Booking b, Instant at) {
        ObjectNode data = device(b, "AVAILABLE", at).put("reservationId", b.reservationId()).put("actor", "desk-1")
                .put("damaged", false);
        data.putArray("missingItems");
        data.putObject("borrower").put("subject", b.borrower());
        return lending("device-returned", data.get("deviceId").asText(), data);
    }

    public static CloudEvent recalled(Booking b, Instant at) {
        ObjectNode data = device(b, "LENT", at).put("reservationId", b.reservationId())
                .put("dueBack", b.end().toString()).put("declarationId", UUID.randomUUID().toString());
        data.putObject("borrower").put("subject", b.borrower());
        return lending("device-recalled", data.get("deviceId").asText(), data);
    }

    public static CloudEvent reportedLost(Booking b, Instant at) {
        ObjectNode data = device(b, "LOST", at).put("reservationId", b.reservationId())
                .put("incidentId", UUID.randomUUID().toString()).put("actor", b.borrower()).put("note", "電車に置き忘れました");
        return lending("device-reported-lost", data.get("deviceId").asText(), data);
    }

    public static CloudEvent incidentOpened(Booking b, String kind) {
        ObjectNode data = JSON.objectNode()
                .put("incidentId", UUID.randomUUID().toString())
                .put("deviceId", UUID.nameUUIDFromBytes(b.deviceNumber().getBytes()).toString())
                .put("deviceNumber", b.deviceNumber())
                .put("siteCode", b.siteCode())
                .put("reservationId", b.reservationId())
                .put("kind", kind)
                .put("borrower", b.borrower())
                .put("reportRequired", true);
        return lending("incident-opened", data.get("incidentId").asText(), data);
    }

    private static CloudEvent lending(String event, String subject, ObjectNode data) {
        return EventEnvelope.create("/madoguchi/device-lending-service", "madoguchi.lending." + event + ".v1", subject,
                Instant.now(), data);
    }

    // applications.events

    private static ObjectNode application(String applicationId, String applicant, String department) {
        ObjectNode data = JSON.objectNode()
                .put("applicationId", applicationId)
                .put("receiptNumber", "R5-000123")
                .put("fiscalYear", 2023)
                .put("formId", "0d7e5f51-2a4b-4f0c-8d4e-5c6b7a8f9e01")
                .put("formVersion", 2)
                .put("formTitle", "児童手当 認定請求")
                .put("formTitleEn", "Child allowance claim")
                .put("departmentCode", department)
                .put("dueDate", LocalDate.of(2023, 5, 25).toString());
        data.putObject("applicant").put("subject", applicant);
        return data;
    }

    public static CloudEvent submitted(String applicationId, String applicant, String department) {
        ObjectNode data = application(applicationId, applicant, department).put("anonymous", applicant == null)
                .put("submittedAt", "2023-05-11T01:00:00Z");
        return applications("application-submitted", applicationId, data);
    }

    public static CloudEvent statusChanged(String applicationId, String applicant, String department, String from,
                                           String to, String reason) {
        ObjectNode data = application(applicationId, applicant, department).put("from", from).put("to", to)
                .put("reason", reason).put("changedAt", "2023-05-12T01:00:00Z");
        data.putObject("changedBy").put("subject", "staff-1");
        return applications("application-status-changed", applicationId, data);
    }

    public static CloudEvent withdrawn(String applicationId, String applicant, String department) {
        ObjectNode data = application(applicationId, applicant, department).put("from", "RECEIVED")
                .put("withdrawnAt", "2023-05-12T01:00:00Z");
        return applications("application-withdrawn", applicationId, data);
    }

    private static CloudEvent applications(String event, String subject, ObjectNode data) {
        return EventEnvelope.create("/madoguchi/applications-service", "madoguchi.applications." + event + ".v1", subject,
                Instant.now(), data);
    }

    // procedures.events

    public static CloudEvent formPublished(String formId, String department) {
        ObjectNode data = JSON.objectNode()
                .put("formId", formId)
                .put("version", 1)
                .put("kind", "PROCEDURE")
                .put("departmentCode", department)
                .put("title", "犬の登録申請")
                .put("titleEn", "Dog registration")
                .put("description", "犬を飼い始めたときの登録です。")
                .putNull("descriptionEn")
                .put("acceptsAnonymous", false)
                .putNull("opensAt")
                .putNull("closesAt")
                .put("publicUrl", "http://localhost:8080/forms/" + formId)
                .put("publishedAt", "2023-05-11T01:00:00Z");
        ObjectNode field = data.putArray("fields").addObject()
                .put("key", "dogName").put("label", "犬の名前").putNull("labelEn").put("type", "TEXT")
                .put("required", true).putNull("minLength").putNull("maxLength").putNull("pattern");
        field.putArray("choices");
        data.putArray("procedureIds");
        data.putObject("publishedBy").put("subject", "admin-1").put("username", "procadmin1");
        return EventEnvelope.create("/madoguchi/procedures-service", "madoguchi.procedures.form-published.v1", formId,
                Instant.now(), data);
    }

    public static List<String> topics() {
        return List.of(Topics.LENDING, Topics.APPLICATIONS, Topics.PROCEDURES);
    }
}
