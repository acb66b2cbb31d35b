package org.madoguchi.notification.application.port.out;

/** Tells the dispatcher that deliveries became due, so they leave at once rather than at its next round. */
public interface DeliveryWakeUp {

    /** Wakes the dispatcher once the current transaction commits (and not at all if it rolls back). */
    void afterCommit();

    /** What the wake-up announces, for the dispatcher to observe after the commit. */
    record DeliveriesDue() {
    }
}
