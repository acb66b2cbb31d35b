package org.madoguchi.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.testing.ServiceReadinessChecks;

/** The service starts on the real parts: its database migrated, Kafka reachable, ready. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class ServiceReadinessTest extends ServiceReadinessChecks {

    @Override
    protected String database() {
        return "notification";
    }
}
