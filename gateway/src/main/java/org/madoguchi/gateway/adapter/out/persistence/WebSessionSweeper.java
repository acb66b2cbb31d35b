package org.madoguchi.gateway.adapter.out.persistence;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Deletes the web console's sessions that have ended, so the table holds only sessions that may still be used. */
@ApplicationScoped
class WebSessionSweeper {

    private static final int BATCH = 1000;

    private final PostgresWebSessions sessions;

    WebSessionSweeper(PostgresWebSessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(every = "${madoguchi.gateway.web.sweep-interval}", delayed = "${madoguchi.gateway.web.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        Instant now = Instant.now();
        while (sessions.sweep(now, BATCH) == BATCH) {
            // more to delete
        }
    }
}
