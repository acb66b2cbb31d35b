package org.madoguchi.applications.application.port.out;

import java.util.UUID;

/**
 * Which consumed events have been applied, so that a delivery Kafka repeats (after a rebalance, a restart, a
 * replay) has no second effect. Asked in the transaction of the effect.
 */
public interface ProcessedEvents {

    /** Records that {@code consumer} applies the event now; false when it was applied before. */
    boolean firstDelivery(String consumer, UUID eventId);
}
