package org.madoguchi.benchmarks.support;

import org.HdrHistogram.AbstractHistogram;

/**
 * Latency percentiles of one measured step, in milliseconds, from an HdrHistogram recorded in microseconds.
 *
 * @param count how many latencies were recorded
 */
public record LatencySummary(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs) {

    /** The summary of a histogram whose values are microseconds; all zero when it is empty. */
    public static LatencySummary ofMicros(AbstractHistogram micros) {
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        return new LatencySummary(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(95)), ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()),
                micros.getMean() / 1000.0);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
