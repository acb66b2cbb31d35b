package org.madoguchi.notification.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.NotificationKind;

/**
 * What every out-port contract shares. Each test works on people, sources and bookings of its own (fresh ids), so
 * the contracts run in any order and beside the other tests on one database: what else the real store holds is
 * filtered out, never assumed absent.
 */
public abstract class OutPortContract {

    /** Far from the times other tests use. */
    protected static final Instant T0 = Instant.parse("2032-04-01T00:00:00Z");

    protected abstract OutPorts ports();

    protected <T> T inTransaction(Supplier<T> work) {
        return ports().inTransaction(work);
    }

    protected void inTransaction(Runnable work) {
        ports().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    protected static Instant minute(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    protected static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    protected static Notification notification(String recipient, NotificationKind kind, String source, int minute) {
        return Notification.create(recipient, kind, new Message(Language.JA, "題 " + source, "本文"), source, minute(minute));
    }

    /** A notification of a person of its own, stored. */
    protected Notification stored(String recipient, NotificationKind kind, int minute) {
        return inTransaction(() -> ports().notifications().add(notification(recipient, kind, fresh("event"), minute))).orElseThrow();
    }
}
