package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** What {@link ProcessedEvents} promises, in memory and on the eventing library's inbox table alike. */
public abstract class ProcessedEventsContract {

    protected abstract ProcessedEvents processed();

    /** Runs the work in a transaction of its own. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @Test
    void an_event_is_applied_once_per_consumer() {
        UUID event = UUID.randomUUID();

        assertThat(inTransaction(() -> processed().firstDelivery("notification-service.lending", event))).isTrue();
        assertThat(inTransaction(() -> processed().firstDelivery("notification-service.lending", event))).isFalse();
        assertThat(inTransaction(() -> processed().firstDelivery("notification-service.other", event))).isTrue();
        assertThat(inTransaction(() -> processed().firstDelivery("notification-service.lending", UUID.randomUUID()))).isTrue();
    }
}
