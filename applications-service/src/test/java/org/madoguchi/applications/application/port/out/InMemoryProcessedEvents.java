package org.madoguchi.applications.application.port.out;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** {@link ProcessedEvents} in memory, held to {@link ProcessedEventsContract} like the eventing library's inbox. */
public final class InMemoryProcessedEvents implements ProcessedEvents {

    private record Delivery(String consumer, UUID eventId) {
    }

    private final Set<Delivery> applied = new HashSet<>();

    @Override
    public synchronized boolean firstDelivery(String consumer, UUID eventId) {
        return applied.add(new Delivery(consumer, eventId));
    }
}
