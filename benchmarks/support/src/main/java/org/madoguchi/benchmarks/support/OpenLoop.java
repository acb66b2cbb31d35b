package org.madoguchi.benchmarks.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Offers work at a fixed rate whatever the system under test does (an open loop, as a surge of residents does not
 * wait for the previous one): the {@code i}-th call is due at {@code start + i / rate}, and each call gets its due
 * time, so that latency is measured from when the request should have left, not from when a slowed driver sent it
 * (no coordinated omission). The calls must not block.
 */
public final class OpenLoop {

    private OpenLoop() {
    }

    /** What one run offered. */
    public record Offered(long calls, long startNanos, long endNanos, double worstLagMs) {

        public double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    /**
     * Calls {@code send} with the due time ({@link System#nanoTime()} scale) of each call, {@code rate} times a
     * second for {@code duration}, from this thread.
     */
    public static Offered run(double rate, Duration duration, LongConsumer send) {
        long calls = Math.round(rate * duration.toNanos() / 1e9);
        double interval = 1e9 / rate;
        long start = System.nanoTime();
        long worstLag = 0;
        for (long i = 0; i < calls; i++) {
            long due = start + (long) (i * interval);
            long now = System.nanoTime();
            if (due > now) {
                LockSupport.parkNanos(due - now);
            } else {
                worstLag = Math.max(worstLag, now - due);
            }
            send.accept(due);
        }
        return new Offered(calls, start, System.nanoTime(), worstLag / 1e6);
    }
}
