package org.madoguchi.applications.adapter.out.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.madoguchi.applications.application.port.out.AttachmentContents;
import org.madoguchi.applications.application.port.out.AttachmentContentsContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * PostgreSQL's large objects keep the contract of {@link AttachmentContents} that the in-memory fake keeps; what
 * "stored" counts is {@code pg_largeobject_metadata}, so a failed write is seen to leave no large object behind
 * even before its transaction ends.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LargeObjectAttachmentContentsTest extends AttachmentContentsContract {

    @Inject
    AttachmentContents contents;

    @Inject
    DataSource dataSource;

    @Inject
    UserTransaction transaction;

    @Override
    protected AttachmentContents contents() {
        return contents;
    }

    @Override
    protected long storedContents() {
        try (Connection connection = dataSource.getConnection(); Statement count = connection.createStatement();
                ResultSet result = count.executeQuery("select count(*) from pg_largeobject_metadata")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
