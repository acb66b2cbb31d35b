package org.madoguchi.notification.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.madoguchi.notification.domain.model.NotificationRules;
import org.madoguchi.notification.domain.model.QuietHours;
import org.madoguchi.notification.domain.model.ReminderPolicy;
import org.madoguchi.notification.domain.model.RetryPolicy;

/** CDI producers of what the core takes as plain Java: the clock in the city's zone and the policies. */
public class NotificationWiring {

    @Produces
    @Singleton
    Clock clock(NotificationConfig config) {
        return Clock.system(config.timeZone());
    }

    @Produces
    @Singleton
    NotificationRules rules(NotificationConfig config) {
        return new NotificationRules(new ReminderPolicy(config.reminders().returnLead(), config.reminders().deskMorning(),
                config.timeZone()));
    }

    @Produces
    @Singleton
    QuietHours quietHours(NotificationConfig config) {
        return new QuietHours(config.quietHours().from(), config.quietHours().until(), config.timeZone());
    }

    @Produces
    @Singleton
    RetryPolicy retryPolicy(NotificationConfig config) {
        return new RetryPolicy(config.delivery().maxAttempts(), config.delivery().initialBackoff(),
                config.delivery().maxBackoff());
    }
}
