package org.madoguchi.notification.adapter.out.persistence;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.madoguchi.notification.application.port.out.Announcements;
import org.madoguchi.notification.application.port.out.Deliveries;
import org.madoguchi.notification.application.port.out.Notifications;
import org.madoguchi.notification.application.port.out.OutPorts;
import org.madoguchi.notification.application.port.out.Reminders;
import org.madoguchi.notification.application.port.out.StoredPreferences;

/** The real out-ports as the service wires them (the PostgreSQL adapters), for the out-port contracts. */
@ApplicationScoped
public class PersistenceOutPorts implements OutPorts {

    private final Notifications notifications;
    private final Deliveries deliveries;
    private final StoredPreferences preferences;
    private final Reminders reminders;
    private final Announcements announcements;

    PersistenceOutPorts(Notifications notifications, Deliveries deliveries, StoredPreferences preferences,
                        Reminders reminders, Announcements announcements) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.reminders = reminders;
        this.announcements = announcements;
    }

    @Override
    public Notifications notifications() {
        return notifications;
    }

    @Override
    public Deliveries deliveries() {
        return deliveries;
    }

    @Override
    public StoredPreferences preferences() {
        return preferences;
    }

    @Override
    public Reminders reminders() {
        return reminders;
    }

    @Override
    public Announcements announcements() {
        return announcements;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
