package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProcessedEvents} record does: the first delivery of an event to a consumer is the first, every
 * repeat is not; another consumer, or another event, counts on its own.
 */
public abstract class ProcessedEventsContract {

    /** The record under test. */
    protected abstract ProcessedEvents processed();

    /** Starts what keeps this test's data apart from the others' (and, for the real inbox, its transaction). */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin() {
        beginTest();
    }

    @AfterEach
    final void end() {
        endTest();
    }

    @Test
    void the_first_delivery_of_an_event_is_the_first_and_every_repeat_is_not() {
        UUID event = UUID.randomUUID();

        assertThat(processed().firstDelivery("form-catalogue", event)).isTrue();
        assertThat(processed().firstDelivery("form-catalogue", event)).isFalse();
        assertThat(processed().firstDelivery("form-catalogue", event)).isFalse();
    }

    @Test
    void another_consumer_or_another_event_counts_on_its_own() {
        UUID event = UUID.randomUUID();
        processed().firstDelivery("form-catalogue", event);

        assertThat(processed().firstDelivery("usage-statistics", event)).isTrue();
        assertThat(processed().firstDelivery("form-catalogue", UUID.randomUUID())).isTrue();
    }
}
