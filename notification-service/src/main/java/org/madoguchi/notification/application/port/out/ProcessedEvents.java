package org.madoguchi.notification.application.port.out;

import java.util.UUID;

/** Which events each consumer has applied, so that an event delivered twice notifies once. */
public interface ProcessedEvents {

    /** Records that the consumer applies the event, in the current transaction; whether this is the first time. */
    boolean firstDelivery(String consumer, UUID eventId);
}
