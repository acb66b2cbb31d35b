package org.madoguchi.procedures.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.madoguchi.procedures.TestTransactions;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.DepartmentsContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The PostgreSQL adapter of {@link Departments} keeps the contract its in-memory fake keeps. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DepartmentPersistenceAdapterTest extends DepartmentsContract {

    @Inject
    Departments departments;

    @Inject
    UserTransaction transaction;

    @Override
    protected Departments departments() {
        return departments;
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
