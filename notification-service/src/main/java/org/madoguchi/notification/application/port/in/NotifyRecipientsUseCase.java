package org.madoguchi.notification.application.port.in;

/**
 * Tells the people an event of another context concerns, on the channels they chose, and schedules or drops
 * the reminders it implies; an event delivered twice notifies once.
 */
public interface NotifyRecipientsUseCase {

    /** Returns how many notifications were made; 0 for a repeated delivery. */
    int notify(NotifyRecipientsCommand command);
}
