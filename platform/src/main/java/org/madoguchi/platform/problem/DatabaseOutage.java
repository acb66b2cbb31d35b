package org.madoguchi.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, the connection cut) from any other:
 * somewhere in its causes (and the exceptions they suppressed) is a JDBC connection failure (SQLSTATE class {@code 08}, the driver's connection
 * exceptions), PostgreSQL ending the session because it shuts down or is starting ({@code 57P01}–{@code 57P03}), or
 * the connection pool (Agroal) giving up waiting for a connection. Such a request is answered 503 with
 * {@code Retry-After}, not 500: nothing is wrong with it or with the service, and the same request succeeds once the
 * database is back, since the transaction it ran in was rolled back.
 */
public final class DatabaseOutage {

    /** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /** Whether the database being out of reach is among the causes of {@code failure}. */
    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty()) {
            Throwable cause = next.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
            if (cause.getCause() != null) {
                next.add(cause.getCause());
            }
            // a commit that failed: the transaction manager's RollbackException carries the driver's failure as a
            // suppressed XAException, not as its cause
            next.addAll(List.of(cause.getSuppressed()));
        }
        return false;
    }

    private static boolean isOutage(SQLException failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = failure.getSQLState();
        if (state != null) {
            return state.startsWith("08") || SERVER_GOING_AWAY.contains(state);
        }
        // Agroal's "Sorry, acquisition timeout!" and "Acquisition timeout while waiting for new connection": no
        // connection could be had within the acquisition timeout
        String message = failure.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
