package org.madoguchi.notification.application.port.out;

import java.util.function.Supplier;

/** The in-memory fakes of the out-ports, for the contracts and the use-case tests. */
public final class InMemoryOutPorts implements OutPorts {

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final InMemoryStoredPreferences preferences = new InMemoryStoredPreferences();
    private final InMemoryReminders reminders = new InMemoryReminders();
    private final InMemoryAnnouncements announcements = new InMemoryAnnouncements();

    @Override
    public InMemoryNotifications notifications() {
        return notifications;
    }

    @Override
    public InMemoryDeliveries deliveries() {
        return deliveries;
    }

    @Override
    public InMemoryStoredPreferences preferences() {
        return preferences;
    }

    @Override
    public InMemoryReminders reminders() {
        return reminders;
    }

    @Override
    public InMemoryAnnouncements announcements() {
        return announcements;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
