package org.madoguchi.applications.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.madoguchi.applications.TestTransactions;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.application.port.out.FormCatalogueContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The PostgreSQL adapter of {@link FormCatalogue} keeps the contract its in-memory fake keeps. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FormCataloguePersistenceAdapterTest extends FormCatalogueContract {

    @Inject
    FormCatalogue catalogue;

    @Inject
    UserTransaction transaction;

    @Override
    protected FormCatalogue catalogue() {
        return catalogue;
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
