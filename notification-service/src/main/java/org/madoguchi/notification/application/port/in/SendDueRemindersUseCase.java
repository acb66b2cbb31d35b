package org.madoguchi.notification.application.port.in;

/** Sends the reminders that are due, each once, whichever instance runs it. */
public interface SendDueRemindersUseCase {

    /** Returns how many reminders were sent. */
    int sendDue();
}
