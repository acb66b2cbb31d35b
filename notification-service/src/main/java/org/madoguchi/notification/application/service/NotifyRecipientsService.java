package org.madoguchi.notification.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.NotifyRecipientsCommand;
import org.madoguchi.notification.application.port.in.NotifyRecipientsUseCase;
import org.madoguchi.notification.application.port.out.ProcessedEvents;
import org.madoguchi.notification.application.port.out.Reminders;
import org.madoguchi.notification.domain.model.Notice;
import org.madoguchi.notification.domain.model.NotificationRules;
import org.madoguchi.notification.domain.model.Reminder;
import org.madoguchi.notification.domain.model.ReminderPlan;

/** Applies an event once: the inbox of processed events, the reminders, the notifications, in one transaction. */
@ApplicationScoped
class NotifyRecipientsService implements NotifyRecipientsUseCase {

    private final ProcessedEvents processed;
    private final Reminders reminders;
    private final NotificationRules rules;
    private final Notifier notifier;
    private final Clock clock;

    NotifyRecipientsService(ProcessedEvents processed, Reminders reminders, NotificationRules rules, Notifier notifier,
                            Clock clock) {
        this.processed = processed;
        this.reminders = reminders;
        this.rules = rules;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int notify(NotifyRecipientsCommand command) {
        if (!processed.firstDelivery(command.consumer(), command.eventId())) {
            return 0;
        }
        ReminderPlan plan = rules.remindersFor(command.occurrence());
        if (plan.drops()) {
            reminders.drop(plan.dropFor(), plan.dropKinds());
        }
        for (Reminder reminder : plan.toSchedule()) {
            reminders.schedule(reminder);
        }
        Instant now = clock.instant();
        int made = 0;
        for (Notice notice : rules.noticesFor(command.occurrence())) {
            made += notifier.deliver(command.eventId().toString(), notice, now);
        }
        return made;
    }
}
