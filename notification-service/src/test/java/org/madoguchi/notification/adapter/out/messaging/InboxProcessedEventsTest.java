package org.madoguchi.notification.adapter.out.messaging;

import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.application.port.out.ProcessedEvents;
import org.madoguchi.notification.application.port.out.ProcessedEventsContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The {@link ProcessedEventsContract} held against {@link InboxProcessedEvents} on the eventing inbox table. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class InboxProcessedEventsTest extends ProcessedEventsContract {

    @Inject
    ProcessedEvents processed;

    @Override
    protected ProcessedEvents processed() {
        return processed;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
