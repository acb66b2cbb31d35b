package org.madoguchi.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.madoguchi.devstack.KafkaBroker;

import java.util.Map;

/** Quarkus test resource: the real Kafka broker shared by the test JVM, with the suite's topics. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by the JVM: stopped when it exits
    }

    /** The running broker, so that a test can stop and start it. */
    public static KafkaBroker broker() {
        return SharedInfrastructure.kafka();
    }
}
