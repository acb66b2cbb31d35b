package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.madoguchi.applications.application.port.out.SubmissionCounts;
import org.madoguchi.applications.application.port.out.SubmissionCountsContract;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The PostgreSQL adapter of {@link SubmissionCounts} keeps the contract its in-memory fake keeps. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmissionCountsPersistenceAdapterTest extends SubmissionCountsContract {

    @Inject
    SubmissionCounts counts;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Override
    protected SubmissionCounts counts() {
        return counts;
    }

    @Override
    protected void submitted(FormId form, String title, String titleEn, FiscalYear fiscalYear, Instant at,
            ApplicationStatus status) {
        ApplicationRows.insert(em, form, title, titleEn, fiscalYear, at, status);
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
