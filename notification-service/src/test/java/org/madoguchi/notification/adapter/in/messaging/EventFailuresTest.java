package org.madoguchi.notification.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.Topics;
import org.madoguchi.notification.Caller;
import org.madoguchi.notification.DeadlockSwitch;
import org.madoguchi.notification.Inbox;
import org.madoguchi.notification.SampleEvents;
import org.madoguchi.notification.SampleEvents.Booking;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Nothing is lost and nothing overtakes: an event whose transaction fails for a passing cause (PostgreSQL choosing
 * it as a deadlock victim) is tried again until it is applied, while the records after it on its partition wait;
 * a record that can never be applied is skipped, logged by its place in the topic without its content, and
 * counted, and the records after it are applied.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class EventFailuresTest {

    private static final Instant START = Instant.parse("2031-06-02T00:30:00Z");
    private static final Instant END = Instant.parse("2031-06-02T08:00:00Z");
    private static final String LOGGER = EventConsumption.class.getName();

    @Inject
    MeterRegistry meters;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheConsumersLog() {
        java.util.logging.Logger.getLogger(LOGGER).addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        java.util.logging.Logger.getLogger(LOGGER).removeHandler(capture);
    }

    private static String site() {
        return "site-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private double skipped(String reason) {
        return meters.counter(EventConsumption.SKIPPED, "consumer", LendingEventsConsumer.CONSUMER, "reason", reason).count();
    }

    private double retried() {
        return meters.counter(EventConsumption.RETRIED, "consumer", LendingEventsConsumer.CONSUMER).count();
    }

    @Test
    void an_event_whose_transaction_deadlocks_twice_is_tried_again_and_notifies_exactly_once_before_the_next_record() {
        Caller borrower = Caller.staff("somu").listed();
        Caller next = Caller.staff("somu").listed();
        Booking booking = Booking.of(site(), borrower.subject(), START, END);
        double retriedBefore = retried();
        DeadlockSwitch.deadlockNext(borrower.subject(), 2);

        SampleEvents.send(Topics.LENDING, SampleEvents.requested(booking, "CONFIRMED"));
        // under the same key, so on the same partition: it must wait until the first one is applied
        SampleEvents.resend(Topics.LENDING, booking.reservationId(), EventEnvelope.write(
                SampleEvents.requested(Booking.of(booking.siteCode(), next.subject(), START, END), "CONFIRMED")));

        Inbox.awaitItems(next, 1);
        assertThat(DeadlockSwitch.pending(borrower.subject())).isZero();
        assertThat(Inbox.of(borrower)).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("kind", "RESERVATION_CONFIRMED"));
        assertThat(retried() - retriedBefore).isEqualTo(2.0);
        assertThat(logged).filteredOn(line -> line.contains("tries again")).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(LendingEventsConsumer.CONSUMER, "lending.events-",
                        "PSQLException [SQLSTATE 40P01]").doesNotContain(borrower.email()));
    }

    @Test
    void records_that_can_never_be_applied_are_skipped_logged_without_their_content_and_counted_and_the_next_is_applied() {
        Caller borrower = Caller.staff("somu").listed();
        Caller next = Caller.staff("somu").listed();
        Booking booking = Booking.of(site(), borrower.subject(), START, END);
        String key = booking.reservationId();
        String personal = "taro.tottori@example.jp";
        Map<String, Double> before = Map.of(
                "not-a-cloudevent", skipped("not-a-cloudevent"),
                "unknown-type", skipped("unknown-type"),
                "breaks-schema", skipped("breaks-schema"));

        SampleEvents.resend(Topics.LENDING, key, "{\"borrower\": \"" + personal + "\"");
        SampleEvents.resend(Topics.LENDING, key, EventEnvelope.write(EventEnvelope.create(
                "/madoguchi/device-lending-service", "madoguchi.lending.device-teleported.v1", key, Instant.now(),
                JsonNodeFactory.instance.objectNode().put("contact", personal))));
        CloudEvent approved = SampleEvents.approved(booking, "連絡先 " + personal);
        ObjectNode broken = ((ObjectNode) EventEnvelope.data(approved)).deepCopy();
        broken.remove("borrower");
        broken.put("status", personal);
        SampleEvents.resend(Topics.LENDING, key, EventEnvelope.write(EventEnvelope.create(
                approved.getSource().toString(), approved.getType(), key, Instant.now(), broken)));
        SampleEvents.resend(Topics.LENDING, key, EventEnvelope.write(
                SampleEvents.requested(Booking.of(booking.siteCode(), next.subject(), START, END), "CONFIRMED")));

        Inbox.awaitItems(next, 1);
        assertThat(Inbox.of(borrower)).isEmpty();
        before.forEach((reason, count) -> assertThat(skipped(reason)).as(reason).isEqualTo(count + 1));
        List<String> skips = logged.stream().filter(line -> line.contains(" skips record ")).toList();
        assertThat(skips).hasSize(3).allSatisfy(line -> assertThat(line)
                .matches(".*skips record lending\\.events-\\d+@\\d+ .*").doesNotContain(personal, "連絡先"));
        assertThat(skips.get(0)).contains("(not-a-cloudevent)");
        assertThat(skips.get(1)).contains("unknown-type", "madoguchi.lending.device-teleported.v1");
        assertThat(skips.get(2)).contains("breaks-schema", "madoguchi.lending.reservation-approved.v1", "violation(s)");
    }
}
