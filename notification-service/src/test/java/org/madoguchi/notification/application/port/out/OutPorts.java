package org.madoguchi.notification.application.port.out;

import java.util.function.Supplier;

/** The out-ports a contract runs against, in memory or on PostgreSQL, and how it runs a unit of work on them. */
public interface OutPorts {

    Notifications notifications();

    Deliveries deliveries();

    StoredPreferences preferences();

    Reminders reminders();

    Announcements announcements();

    /** Runs the work in a transaction of its own, committed when the work returns. */
    <T> T inTransaction(Supplier<T> work);
}
