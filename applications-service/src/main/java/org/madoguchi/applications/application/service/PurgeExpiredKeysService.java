package org.madoguchi.applications.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.madoguchi.applications.application.port.out.IdempotencyKeys;

import io.quarkus.scheduler.Scheduled;

/** Deletes Idempotency-Keys past their lifetime, so that the table holds only the keys a retry may still use. */
@ApplicationScoped
class PurgeExpiredKeysService {

    private static final Logger LOG = Logger.getLogger(PurgeExpiredKeysService.class);

    private final IdempotencyKeys keys;
    private final Clock clock;

    PurgeExpiredKeysService(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Scheduled(every = "${madoguchi.applications.idempotency.purge-interval:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        int purged = keys.purgeExpired(clock.instant());
        if (purged > 0) {
            LOG.debugf("Deleted %d expired Idempotency-Keys", purged);
        }
    }
}
