package org.madoguchi.gateway.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Deletes the buckets of callers who have not called for a while, so the table holds only recent callers. */
@ApplicationScoped
class RateLimitBucketSweeper {

    private static final int BATCH = 1000;

    private final PostgresRateLimits buckets;

    RateLimitBucketSweeper(PostgresRateLimits buckets) {
        this.buckets = buckets;
    }

    @Scheduled(every = "${madoguchi.gateway.rate-limit.sweep-interval}", delayed = "${madoguchi.gateway.rate-limit.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        while (buckets.sweep(BATCH) == BATCH) {
            // more to delete
        }
    }
}
