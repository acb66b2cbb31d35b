package org.madoguchi.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.madoguchi.devstack.Broker;

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

    /** The running broker, for a test's own clients. */
    public static Broker broker() {
        return SharedInfrastructure.kafka();
    }
}
