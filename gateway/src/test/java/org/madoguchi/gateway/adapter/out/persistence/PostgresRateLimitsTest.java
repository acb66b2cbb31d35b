package org.madoguchi.gateway.adapter.out.persistence;

import jakarta.inject.Inject;

import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.application.port.out.RateLimits;
import org.madoguchi.gateway.application.port.out.RateLimitsContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Bucket4j on PostgreSQL keeps the contract its in-memory fake keeps. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class PostgresRateLimitsTest extends RateLimitsContract {

    @Inject
    PostgresRateLimits rateLimits;

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected RateLimits rateLimits() {
        return rateLimits;
    }

    @Override
    protected RateLimits anotherInstance() {
        return new PostgresRateLimits((javax.sql.DataSource) dataSource);
    }
}
