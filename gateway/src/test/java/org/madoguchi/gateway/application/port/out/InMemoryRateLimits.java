package org.madoguchi.gateway.application.port.out;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.madoguchi.gateway.domain.model.ClientKey;
import org.madoguchi.gateway.domain.model.Consumption;
import org.madoguchi.gateway.domain.model.RateLimit;

/**
 * Token buckets in memory, refilled smoothly like Bucket4j's greedy refill; instances made by {@link #sharing()}
 * share one store, as gateway instances share one database.
 */
public final class InMemoryRateLimits implements RateLimits {

    private final Map<String, double[]> buckets;
    private final LongSupplier nanoTime;

    public InMemoryRateLimits() {
        this(new HashMap<>(), System::nanoTime);
    }

    private InMemoryRateLimits(Map<String, double[]> buckets, LongSupplier nanoTime) {
        this.buckets = buckets;
        this.nanoTime = nanoTime;
    }

    /** Another instance on the same buckets. */
    public InMemoryRateLimits sharing() {
        return new InMemoryRateLimits(buckets, nanoTime);
    }

    @Override
    public Consumption consume(ClientKey caller, RateLimit limit) {
        synchronized (buckets) {
            long now = nanoTime.getAsLong();
            double perToken = (double) limit.per().toNanos() / limit.requests();
            double[] bucket = buckets.computeIfAbsent(caller.value(), key -> new double[] {limit.requests(), now});
            double tokens = Math.min(limit.requests(), bucket[0] + (now - bucket[1]) / perToken);
            bucket[1] = now;
            if (tokens >= 1) {
                bucket[0] = tokens - 1;
                return Consumption.granted((long) Math.floor(bucket[0]));
            }
            bucket[0] = tokens;
            return Consumption.refused(Duration.ofNanos((long) Math.ceil((1 - tokens) * perToken)));
        }
    }
}
