package org.madoguchi.applications.adapter.out.messaging;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.madoguchi.applications.TestTransactions;
import org.madoguchi.applications.application.port.out.ProcessedEvents;
import org.madoguchi.applications.application.port.out.ProcessedEventsContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The eventing library's inbox behind {@link ProcessedEvents} keeps the contract the in-memory fake keeps, asked in
 * the transaction of the effect as the catalogue's use cases ask it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class InboxProcessedEventsTest extends ProcessedEventsContract {

    @Inject
    ProcessedEvents processed;

    @Inject
    UserTransaction transaction;

    @Override
    protected ProcessedEvents processed() {
        return processed;
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
