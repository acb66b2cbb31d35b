package org.madoguchi.notification.domain.model;

/** Where one delivery of a notification on one channel stands. */
public enum DeliveryStatus {
    /** Waiting to be sent (or to be tried again). */
    PENDING,
    SENT,
    /** Given up after the last try. */
    FAILED,
    /** Not sent: the person turned the channel off for the kind, or has no address on it. */
    SUPPRESSED,
    /** Held for the quiet hours; sent when they end. */
    HELD;

    /** Whether the delivery is still to be sent. */
    public boolean open() {
        return this == PENDING || this == HELD;
    }
}
