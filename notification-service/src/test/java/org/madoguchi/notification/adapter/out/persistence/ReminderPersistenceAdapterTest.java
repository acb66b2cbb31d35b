package org.madoguchi.notification.adapter.out.persistence;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.application.port.out.RemindersContract;
import org.madoguchi.notification.application.port.out.OutPorts;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

/** The {@link RemindersContract} held against {@link ReminderPersistenceAdapter} on PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class ReminderPersistenceAdapterTest extends RemindersContract {

    @Inject
    PersistenceOutPorts ports;

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
