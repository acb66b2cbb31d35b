package org.madoguchi.applications.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.madoguchi.applications.application.port.out.UsageCategories;
import org.madoguchi.applications.application.port.out.UsageCategoriesContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The PostgreSQL adapter of {@link UsageCategories} keeps the contract its in-memory fake keeps. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class UsageCategoryPersistenceAdapterTest extends UsageCategoriesContract {

    @Inject
    UsageCategories categories;

    @Inject
    UserTransaction transaction;

    @Override
    protected UsageCategories categories() {
        return categories;
    }

    @Override
    protected void beginTest() {
        RolledBackTransaction.begin(transaction);
    }

    @Override
    protected void endTest() {
        RolledBackTransaction.rollBack(transaction);
    }
}
