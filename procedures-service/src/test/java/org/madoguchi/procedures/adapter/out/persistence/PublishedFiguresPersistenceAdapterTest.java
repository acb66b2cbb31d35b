package org.madoguchi.procedures.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.madoguchi.procedures.TestTransactions;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.PublishedFigures;
import org.madoguchi.procedures.application.port.out.PublishedFiguresContract;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The PostgreSQL adapter of {@link PublishedFigures} keeps the contract its in-memory fake keeps. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PublishedFiguresPersistenceAdapterTest extends PublishedFiguresContract {

    @Inject
    PublishedFigures figures;

    @Inject
    Departments departments;

    @Inject
    UserTransaction transaction;

    @Override
    protected PublishedFigures figures() {
        return figures;
    }

    @Override
    protected void departmentExists(Department department) {
        departments.save(department);
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
