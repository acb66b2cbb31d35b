package org.madoguchi.notification.domain.model;

/** Where a scheduled reminder stands. */
public enum ReminderStatus {
    SCHEDULED,
    SENT,
    /** The booking was returned, cancelled or declined before it was due. */
    DROPPED
}
