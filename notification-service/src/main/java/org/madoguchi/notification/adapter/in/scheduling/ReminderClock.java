package org.madoguchi.notification.adapter.in.scheduling;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;
import org.madoguchi.notification.application.port.in.FanOutAnnouncementsUseCase;
import org.madoguchi.notification.application.port.in.SendDueRemindersUseCase;

/**
 * Sends due reminders ({@code madoguchi.notification.reminders.check}) and fans out announcements whose period
 * began ({@code madoguchi.notification.announcements.fan-out-check}); each item is claimed by one instance.
 */
@ApplicationScoped
class ReminderClock {

    private static final Logger LOG = Logger.getLogger(ReminderClock.class);

    private final SendDueRemindersUseCase reminders;
    private final FanOutAnnouncementsUseCase announcements;

    ReminderClock(SendDueRemindersUseCase reminders, FanOutAnnouncementsUseCase announcements) {
        this.reminders = reminders;
        this.announcements = announcements;
    }

    @Scheduled(every = "${madoguchi.notification.reminders.check:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendReminders() {
        int sent = reminders.sendDue();
        if (sent > 0) {
            LOG.infof("%d reminder(s) sent", sent);
        }
    }

    @Scheduled(every = "${madoguchi.notification.announcements.fan-out-check:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fanOutAnnouncements() {
        int done = announcements.fanOutDue();
        if (done > 0) {
            LOG.infof("%d announcement(s) fanned out", done);
        }
    }
}
