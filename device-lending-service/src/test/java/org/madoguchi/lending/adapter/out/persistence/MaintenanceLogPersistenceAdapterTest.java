package org.madoguchi.lending.adapter.out.persistence;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.madoguchi.lending.application.port.out.MaintenanceLogContract;
import org.madoguchi.lending.application.port.out.OutPorts;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

/** The {@link MaintenanceLogContract} held against {@link MaintenanceLogPersistenceAdapter} on PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MaintenanceLogPersistenceAdapterTest extends MaintenanceLogContract {

    @Inject
    PersistenceOutPorts ports;

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
