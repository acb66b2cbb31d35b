package org.madoguchi.notification.domain.model;

import java.util.List;
import java.util.Set;

/**
 * How an occurrence changes the reminders: which to schedule, and which kinds of reminder of a booking to
 * drop because they no longer serve.
 */
public record ReminderPlan(List<Reminder> toSchedule, String dropFor, Set<NotificationKind> dropKinds) {

    public ReminderPlan {
        toSchedule = List.copyOf(toSchedule);
        dropKinds = Set.copyOf(dropKinds);
    }

    public static ReminderPlan none() {
        return new ReminderPlan(List.of(), null, Set.of());
    }

    public static ReminderPlan drop(String reservationId, Set<NotificationKind> kinds) {
        return new ReminderPlan(List.of(), reservationId, kinds);
    }

    public boolean drops() {
        return dropFor != null && !dropKinds.isEmpty();
    }
}
