package org.madoguchi.notification.adapter.in.messaging;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.notification.application.port.in.NotifyRecipientsCommand;
import org.madoguchi.notification.application.port.in.NotifyRecipientsUseCase;
import org.madoguchi.notification.domain.model.Occurrence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * What every consumer does with a record: read the CloudEvent, hold it to its contract, translate it into an
 * occurrence, and notify under the consumer's inbox key (the use case deduplicates on the event id).
 *
 * <p>A failure has one of two answers. A record that can never be applied (no CloudEvent, a type without a
 * contract, data that breaks its schema or that the consumer cannot read) is skipped: logged by its place in the
 * topic, never by its content, and counted in {@value #SKIPPED}. Any other failure (the database down, a deadlock,
 * the directory unreachable) is taken as passing: the whole record is tried again, in a new transaction, with
 * exponential backoff and without limit. Each copy of a consumer (three per topic, each with partitions of its
 * own) handles its records one at a time, so the records of its partitions after it wait; none is skipped and
 * none overtakes it. Each failed try is logged and counted in {@value #RETRIED}.
 */
@ApplicationScoped
class EventConsumption {

    static final String SKIPPED = "madoguchi.events.skipped";
    static final String RETRIED = "madoguchi.events.retried";

    /** Why a record is skipped: the {@code reason} tag of {@value #SKIPPED}. */
    enum Unusable {
        NOT_A_CLOUDEVENT("not-a-cloudevent"),
        UNKNOWN_TYPE("unknown-type"),
        BREAKS_SCHEMA("breaks-schema"),
        UNREADABLE("unreadable");

        final String tag;

        Unusable(String tag) {
            this.tag = tag;
        }
    }

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);

    private final NotifyRecipientsUseCase notify;
    private final MeterRegistry meters;
    private final EventSchemas schemas = new EventSchemas(EventConsumption.class.getClassLoader());

    EventConsumption(NotifyRecipientsUseCase notify, MeterRegistry meters) {
        this.notify = notify;
        this.meters = meters;
    }

    /**
     * Applies one record, or skips it if it can never be applied; throws (and is tried again by the retry) only
     * when applying it failed for a cause that may pass. {@code maxRetries = -1} and {@code maxDuration = 0} mean
     * no limit. The first retry waits a second, each next one twice as long, a minute at most; in milliseconds
     * they can be set with {@code quarkus.fault-tolerance."…EventConsumption/consume".retry.delay} and
     * {@code …exponential-backoff.max-delay}.
     */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1000, delayUnit = ChronoUnit.MILLIS, jitter = 200,
            jitterDelayUnit = ChronoUnit.MILLIS)
    @ExponentialBackoff(factor = 2, maxDelay = 60_000, maxDelayUnit = ChronoUnit.MILLIS)
    void consume(String consumer, ConsumerRecord<String, String> record,
                 Function<ReceivedEvent, Optional<Occurrence>> translation) {
        ReceivedEvent event;
        try {
            event = EventEnvelope.read(record.value());
        } catch (RuntimeException notAnEvent) {
            skip(consumer, record, null, Unusable.NOT_A_CLOUDEVENT, "");
            return;
        }
        if (!schemas.knows(event.type())) {
            skip(consumer, record, event, Unusable.UNKNOWN_TYPE, "");
            return;
        }
        List<String> violations = schemas.violations(record.value());
        if (!violations.isEmpty()) {
            // the violations are not logged: a message may quote a member's name from the record
            skip(consumer, record, event, Unusable.BREAKS_SCHEMA, ", " + violations.size() + " violation(s)");
            return;
        }
        Optional<Occurrence> occurrence;
        try {
            occurrence = translation.apply(event);
        } catch (RuntimeException unreadable) {
            skip(consumer, record, event, Unusable.UNREADABLE, "");
            return;
        }
        if (occurrence.isEmpty()) {
            return;
        }
        try {
            notify.notify(new NotifyRecipientsCommand(consumer, event.id(), occurrence.get()));
        } catch (RuntimeException passing) {
            Counter.builder(RETRIED).description("Tries of an event that failed for a passing cause and are repeated")
                    .tag("consumer", consumer).register(meters).increment();
            LOG.warnf("%s could not apply event %s (%s-%d@%d) and tries again: %s", consumer, event.id(),
                    record.topic(), record.partition(), record.offset(), causes(passing));
            throw passing;
        }
    }

    private void skip(String consumer, ConsumerRecord<String, String> record, ReceivedEvent event, Unusable why,
                      String detail) {
        Counter.builder(SKIPPED).description("Records skipped because they can never be applied")
                .tag("consumer", consumer).tag("reason", why.tag).register(meters).increment();
        LOG.warnf("%s skips record %s-%d@%d (%s%s%s)", consumer, record.topic(), record.partition(), record.offset(),
                why.tag, event == null ? "" : ", event " + event.id() + " of type " + event.type(), detail);
    }

    /**
     * The chain of causes by class, with the SQL state where the database answered; no message, since a driver's
     * or a server's message can quote the values of a row (an address).
     */
    static String causes(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            chain.add(t instanceof SQLException sql && sql.getSQLState() != null
                    ? t.getClass().getSimpleName() + " [SQLSTATE " + sql.getSQLState() + "]"
                    : t.getClass().getSimpleName());
        }
        return String.join(" < ", chain);
    }
}
