package org.madoguchi.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.madoguchi.notification.application.port.out.Notifications;
import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.NotificationId;

/**
 * A test-only fault switch on the PostgreSQL notifications store. Armed for a person, the next stores of a
 * notification for them write it and then fail as PostgreSQL fails a transaction it chose as a deadlock victim:
 * the database itself raises SQLSTATE 40P01 in the transaction, so the failure travels the real driver, Hibernate
 * and the transaction manager, and the rollback has to undo what was written. Unarmed, it only passes calls on.
 */
@Decorator
@Priority(1)
public class DeadlockSwitch implements Notifications {

    private static final Map<String, AtomicInteger> ARMED = new ConcurrentHashMap<>();

    @Inject
    @Any
    @Delegate
    Notifications store;

    @Inject
    EntityManager em;

    /** The next {@code times} notifications stored for the person fail as a deadlock. */
    public static void deadlockNext(String recipient, int times) {
        ARMED.put(recipient, new AtomicInteger(times));
    }

    /** How many of the failures armed for the person are still to come. */
    public static int pending(String recipient) {
        AtomicInteger left = ARMED.get(recipient);
        return left == null ? 0 : left.get();
    }

    @Override
    public Optional<Notification> add(Notification notification) {
        Optional<Notification> stored = store.add(notification);
        AtomicInteger left = ARMED.get(notification.recipient());
        if (left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            em.createNativeQuery("do $$ begin raise exception 'deadlock detected (test fault)' using errcode = '40P01'; end $$")
                    .executeUpdate();
        }
        return stored;
    }

    @Override
    public Optional<Notification> byId(NotificationId id) {
        return store.byId(id);
    }

    @Override
    public void markRead(Notification notification) {
        store.markRead(notification);
    }

    @Override
    public List<Notification> inboxOf(String subject, boolean unreadOnly, int limit) {
        return store.inboxOf(subject, unreadOnly, limit);
    }

    @Override
    public List<Notification> inboxAfter(String subject, long afterSequence, int limit) {
        return store.inboxAfter(subject, afterSequence, limit);
    }

    @Override
    public long lastSequenceOf(String subject) {
        return store.lastSequenceOf(subject);
    }
}
