package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link ProcessedEvents} keeps the contract the eventing library's inbox keeps. */
class InMemoryProcessedEventsTest extends ProcessedEventsContract {

    private final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();

    @Override
    protected ProcessedEvents processed() {
        return processed;
    }
}
