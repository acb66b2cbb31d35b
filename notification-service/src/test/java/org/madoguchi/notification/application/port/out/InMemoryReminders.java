package org.madoguchi.notification.application.port.out;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Reminder;
import org.madoguchi.notification.domain.model.ReminderId;
import org.madoguchi.notification.domain.model.ReminderStatus;

/** {@link Reminders} in memory. */
public final class InMemoryReminders implements Reminders {

    private final Map<ReminderId, Reminder> stored = new ConcurrentHashMap<>();

    @Override
    public synchronized void schedule(Reminder reminder) {
        stored.values().removeIf(r -> r.status() == ReminderStatus.SCHEDULED && r.kind() == reminder.kind()
                && r.booking().reservationId().equals(reminder.booking().reservationId()));
        stored.put(reminder.id(), reminder);
    }

    @Override
    public synchronized int drop(String reservationId, Set<NotificationKind> kinds) {
        int dropped = 0;
        for (Reminder r : List.copyOf(stored.values())) {
            if (r.status() == ReminderStatus.SCHEDULED && kinds.contains(r.kind())
                    && r.booking().reservationId().equals(reservationId)) {
                stored.put(r.id(), new Reminder(r.id(), r.kind(), r.booking(), r.dueAt(), ReminderStatus.DROPPED));
                dropped++;
            }
        }
        return dropped;
    }

    @Override
    public List<Reminder> claimDue(Instant now, int limit) {
        return stored.values().stream().filter(r -> r.status() == ReminderStatus.SCHEDULED && !r.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Reminder::dueAt)).limit(limit).toList();
    }

    @Override
    public void update(Reminder reminder) {
        stored.put(reminder.id(), reminder);
    }

    @Override
    public List<Reminder> ofBooking(String reservationId) {
        return stored.values().stream().filter(r -> r.booking().reservationId().equals(reservationId))
                .sorted(Comparator.comparing(Reminder::dueAt)).toList();
    }
}
