package org.madoguchi.benchmarks.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.Topics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;

/**
 * {@code madoguchi.applications.application-submitted.v1} events as applications-service's outbox relay sends them
 * to {@code applications.events} (structured CloudEvents, keyed by the application id), each for a different
 * signed-in citizen, who is the one notification-service notifies. An event's {@code time} is when it was due to be
 * sent, so latency counts a driver that fell behind. The first event is checked against its contract; all are built
 * by the same code. Remembers each event's time by id, for the step it belongs to.
 */
final class SubmittedEvents implements AutoCloseable {

    static final String TYPE = "madoguchi.applications.application-submitted.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, String> producer;
    private final Instant wallBase = Instant.now();
    private final long nanoBase = System.nanoTime();
    private final LongAdder sendErrors = new LongAdder();
    private final AtomicLong receiptSequence = new AtomicLong();
    private volatile Map<String, Long> stepTimes = new ConcurrentHashMap<>();
    private volatile boolean contractChecked;

    SubmittedEvents(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
    }

    /** Starts remembering the events of a new step; returns the times (epoch microseconds) of the previous one. */
    Map<String, Long> newStep() {
        Map<String, Long> previous = stepTimes;
        stepTimes = new ConcurrentHashMap<>();
        return previous;
    }

    /** Sends one event due at {@code dueNanos} ({@link System#nanoTime()} scale) without waiting for the broker. */
    void send(long dueNanos) {
        Instant time = wallBase.plusNanos(dueNanos - nanoBase).truncatedTo(ChronoUnit.MICROS);
        String applicationId = UUID.randomUUID().toString();
        CloudEvent event = EventEnvelope.create("/madoguchi/applications-service", TYPE, applicationId, time,
                data(applicationId, UUID.randomUUID().toString(), receiptSequence.incrementAndGet(), time));
        String json = EventEnvelope.write(event);
        if (!contractChecked) {
            new EventSchemas().requireValid(json);
            contractChecked = true;
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.APPLICATIONS, applicationId, json);
        record.headers().add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.US_ASCII));
        stepTimes.put(event.getId(), ChronoUnit.MICROS.between(Instant.EPOCH, time));
        producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                sendErrors.increment();
            }
        });
    }

    void flush() {
        producer.flush();
    }

    long sendErrors() {
        return sendErrors.sum();
    }

    /** An application of a signed-in citizen to the health department's form, as applications-service describes it. */
    static ObjectNode data(String applicationId, String citizen, long receipt, Instant submittedAt) {
        ObjectNode data = JSON.createObjectNode();
        data.put("applicationId", applicationId);
        data.put("receiptNumber", String.format("R7-%06d", receipt));
        data.put("fiscalYear", 2025);
        data.put("formId", "6f1d2c1e-4b1a-4c1e-9a57-2a9f0c6b7d10");
        data.put("formVersion", 1);
        data.put("formTitle", "自宅療養者支援申請");
        data.put("formTitleEn", "Home-care support application");
        data.put("departmentCode", "kenko-kosodate");
        data.putObject("applicant").put("subject", citizen);
        data.putNull("dueDate");
        data.put("anonymous", false);
        data.put("submittedAt", submittedAt.toString());
        return data;
    }

    @Override
    public void close() {
        producer.close();
    }
}
