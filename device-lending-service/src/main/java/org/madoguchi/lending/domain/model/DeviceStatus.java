package org.madoguchi.lending.domain.model;

/** Where a device stands: only an available device can be handed over. */
public enum DeviceStatus {
    AVAILABLE, LENT, IN_MAINTENANCE, LOST, BROKEN, RETIRED;

    /** Whether the device can still be booked for the future (it may come back before). */
    public boolean bookable() {
        return this == AVAILABLE || this == LENT || this == IN_MAINTENANCE;
    }
}
