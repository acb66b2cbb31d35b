package org.madoguchi.notification.application.port.out;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ProcessedEvents} in memory. */
public final class InMemoryProcessedEvents implements ProcessedEvents {

    private final Set<String> applied = ConcurrentHashMap.newKeySet();

    @Override
    public boolean firstDelivery(String consumer, UUID eventId) {
        return applied.add(consumer + "|" + eventId);
    }
}
