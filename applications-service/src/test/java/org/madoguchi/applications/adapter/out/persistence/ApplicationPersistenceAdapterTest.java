package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.madoguchi.applications.TestTransactions;
import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.application.port.out.ApplicationsContract;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The PostgreSQL adapter of {@link Applications} keeps the contract its in-memory fake keeps; each test runs in a
 * transaction of its own, rolled back at its end.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ApplicationPersistenceAdapterTest extends ApplicationsContract {

    private static final Instant PUBLISHED = Instant.parse("2026-04-01T00:00:00Z");

    @Inject
    Applications applications;

    @Inject
    FormCatalogue catalogue;

    @Inject
    UserTransaction transaction;

    @Override
    protected Applications applications() {
        return applications;
    }

    @Override
    protected void formExists(Form version) {
        catalogue.publish(version, PUBLISHED.plusSeconds(version.version()));
    }

    @Override
    protected void beginTest() {
        TestTransactions.begin(transaction);
    }

    @Override
    protected void endTest() {
        TestTransactions.rollBack(transaction);
    }
}
