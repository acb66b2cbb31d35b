package org.madoguchi.applications.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.application.port.out.AttachmentsContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The PostgreSQL adapter of {@link Attachments} keeps the contract its in-memory fake keeps. Each test runs in a
 * transaction rolled back at its end (the foreign keys to the contents and the application are checked at commit
 * only, so none is reached).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AttachmentPersistenceAdapterTest extends AttachmentsContract {

    @Inject
    Attachments attachments;

    @Inject
    UserTransaction transaction;

    @Override
    protected Attachments attachments() {
        return attachments;
    }

    @Override
    protected void beginTest() {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test's transaction", e);
        }
    }

    @Override
    protected void endTest() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot roll the test's transaction back", e);
        }
    }
}
