package org.madoguchi.gateway.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.domain.model.ClientKey;
import org.madoguchi.gateway.domain.model.Consumption;
import org.madoguchi.gateway.domain.model.RateLimit;

/**
 * What every store of rate-limit buckets does, in memory and on PostgreSQL alike: a new caller starts with a full
 * bucket, is refused once it is empty with a wait no longer than one request's share of the period, callers do not
 * share buckets, and two instances on one store take from the same bucket.
 */
public abstract class RateLimitsContract {

    /** The store under test. */
    protected abstract RateLimits rateLimits();

    /** A second instance on the same store, as another gateway instance would be. */
    protected abstract RateLimits anotherInstance();

    private static final RateLimit FIVE_PER_HOUR = new RateLimit(5, Duration.ofHours(1));

    private static ClientKey someone() {
        return ClientKey.of(Optional.of(UUID.randomUUID().toString()), "192.0.2.1");
    }

    @Test
    void a_new_caller_may_make_as_many_requests_as_the_limit_and_then_waits() {
        ClientKey caller = someone();
        List<Long> remaining = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Consumption consumption = rateLimits().consume(caller, FIVE_PER_HOUR);
            assertThat(consumption.granted()).isTrue();
            remaining.add(consumption.remaining());
        }
        assertThat(remaining).containsExactly(4L, 3L, 2L, 1L, 0L);
        Consumption refused = rateLimits().consume(caller, FIVE_PER_HOUR);
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(12));
        assertThat(refused.retryAfter()).isGreaterThan(Duration.ofMinutes(11));
    }

    @Test
    void callers_do_not_share_buckets() {
        ClientKey one = someone();
        ClientKey other = ClientKey.of(Optional.empty(), "198.51.100." + (int) (Math.random() * 250));
        for (int i = 0; i < 5; i++) {
            rateLimits().consume(one, FIVE_PER_HOUR);
        }
        assertThat(rateLimits().consume(one, FIVE_PER_HOUR).granted()).isFalse();
        assertThat(rateLimits().consume(someone(), FIVE_PER_HOUR).remaining()).isEqualTo(4);
        assertThat(rateLimits().consume(other, new RateLimit(1000, Duration.ofHours(1))).granted()).isTrue();
    }

    @Test
    void two_instances_on_one_store_take_from_the_same_bucket() {
        ClientKey caller = someone();
        rateLimits().consume(caller, FIVE_PER_HOUR);
        rateLimits().consume(caller, FIVE_PER_HOUR);
        assertThat(anotherInstance().consume(caller, FIVE_PER_HOUR).remaining()).isEqualTo(2);
        anotherInstance().consume(caller, FIVE_PER_HOUR);
        anotherInstance().consume(caller, FIVE_PER_HOUR);
        assertThat(rateLimits().consume(caller, FIVE_PER_HOUR).granted()).isFalse();
    }
}
