package org.madoguchi.notification.application.port.out;

import java.util.function.Supplier;

/** The {@link ProcessedEventsContract} held against {@link InMemoryProcessedEvents}. */
class InMemoryProcessedEventsTest extends ProcessedEventsContract {

    private final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();

    @Override
    protected ProcessedEvents processed() {
        return processed;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
