package org.madoguchi.applications.adapter.out.persistence;

import jakarta.inject.Inject;

import org.madoguchi.applications.application.port.out.Holidays;
import org.madoguchi.applications.application.port.out.HolidaysContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The {@code holiday} table the seed migration fills keeps the contract the in-memory fake keeps. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class HolidaysPersistenceAdapterTest extends HolidaysContract {

    @Inject
    Holidays holidays;

    @Override
    protected Holidays holidays() {
        return () -> QuarkusTransaction.requiringNew().call(holidays::calendar);
    }
}
