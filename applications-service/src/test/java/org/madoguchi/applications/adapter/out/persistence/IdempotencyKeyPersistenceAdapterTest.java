package org.madoguchi.applications.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.madoguchi.applications.TestTransactions;
import org.madoguchi.applications.application.port.out.IdempotencyKeys;
import org.madoguchi.applications.application.port.out.IdempotencyKeysContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The PostgreSQL adapter of {@link IdempotencyKeys} keeps the contract its in-memory fake keeps; each test runs in a
 * transaction of its own, rolled back at its end.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class IdempotencyKeyPersistenceAdapterTest extends IdempotencyKeysContract {

    @Inject
    IdempotencyKeys keys;

    @Inject
    UserTransaction transaction;

    @Override
    protected IdempotencyKeys keys() {
        return keys;
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
