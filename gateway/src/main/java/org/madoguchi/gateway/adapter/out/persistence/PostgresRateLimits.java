package org.madoguchi.gateway.adapter.out.persistence;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.madoguchi.gateway.application.port.out.RateLimits;
import org.madoguchi.gateway.domain.model.ClientKey;
import org.madoguchi.gateway.domain.model.Consumption;
import org.madoguchi.gateway.domain.model.RateLimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Rate-limit buckets in the gateway's PostgreSQL database through Bucket4j ({@code SELECT … FOR UPDATE} on one row
 * per caller), so every gateway instance takes from the same bucket. A bucket row may be deleted once it would be
 * full again ({@link #sweep(int)}).
 *
 * <p>Each caller's bucket proxy is kept for a while ({@value #KEPT_CALLERS} callers at most, forgotten ten minutes
 * after their last request) with Bucket4j's batching optimization: the requests of one caller that arrive while
 * its bucket is being read are taken from PostgreSQL together, in one transaction, instead of queueing one by one
 * for the row's lock. It does not loosen the limit: every token is still taken in the database, so the instances
 * stay exact between them.
 */
@ApplicationScoped
public class PostgresRateLimits implements RateLimits {

    static final String TABLE = "rate_limit_bucket";

    private static final int KEPT_CALLERS = 100_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Cache<String, BucketProxy> proxies = Caffeine.newBuilder().maximumSize(KEPT_CALLERS)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    @Inject
    public PostgresRateLimits(AgroalDataSource dataSource) {
        this((DataSource) dataSource);
    }

    /** Buckets on any data source holding the table; a second instance on the same database shares them. */
    public PostgresRateLimits(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Override
    public Consumption consume(ClientKey caller, RateLimit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per())
                        .build())
                .build();
        BucketProxy bucket = proxies.get(caller.value() + " " + limit.requests() + "/" + limit.per(),
                key -> buckets.builder().withOptimization(Optimizations.batching())
                        .build(caller.value(), () -> configuration));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Consumption.granted(probe.getRemainingTokens())
                : Consumption.refused(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    /** Deletes up to {@code batch} buckets that are full again; returns how many it deleted. */
    public int sweep(int batch) {
        return buckets.removeExpired(batch);
    }
}
