package org.madoguchi.notification.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.SendDueRemindersUseCase;
import org.madoguchi.notification.application.port.out.Reminders;
import org.madoguchi.notification.domain.model.NotificationRules;
import org.madoguchi.notification.domain.model.Reminder;

/** Claims the due reminders (each by one instance), notifies, and marks them sent in the same transaction. */
@ApplicationScoped
class SendDueRemindersService implements SendDueRemindersUseCase {

    private static final int BATCH = 100;

    private final Reminders reminders;
    private final NotificationRules rules;
    private final Notifier notifier;
    private final Clock clock;

    SendDueRemindersService(Reminders reminders, NotificationRules rules, Notifier notifier, Clock clock) {
        this.reminders = reminders;
        this.rules = rules;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Reminder reminder : reminders.claimDue(now, BATCH)) {
            notifier.deliver("reminder:" + reminder.id(), rules.noticeFor(reminder), now);
            reminders.update(reminder.sent());
            sent++;
        }
        return sent;
    }
}
