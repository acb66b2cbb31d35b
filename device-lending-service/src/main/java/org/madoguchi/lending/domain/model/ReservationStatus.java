package org.madoguchi.lending.domain.model;

/** The life of a booking; the active ones hold their device for their period. */
public enum ReservationStatus {
    /** Waits for the lending desk's approval (past the end of the day, or several days). */
    PENDING,
    /** Approved, or same-day and so approved at once. */
    CONFIRMED,
    DECLINED,
    CANCELLED,
    /** Handed over: the borrower holds the device. */
    LENT,
    /** Still held after its end without approval. */
    OVERDUE,
    RETURNED,
    /** The device was lost while held: the booking ends there. */
    LOST;

    public boolean active() {
        return this == PENDING || this == CONFIRMED || this == LENT || this == OVERDUE;
    }

    /** Whether the borrower still holds the device. */
    public boolean held() {
        return this == LENT || this == OVERDUE;
    }
}
