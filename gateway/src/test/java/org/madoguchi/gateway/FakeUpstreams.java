package org.madoguchi.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Quarkus test resource: the four services behind the gateway, played by {@link FakeUpstream}s on free ports, and
 * the gateway's configuration pointing at them.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    public static final List<String> NAMES = List.of("procedures", "applications", "lending", "notification");
    private static final Map<String, FakeUpstream> RUNNING = new ConcurrentHashMap<>();
    private static Vertx vertx;

    @Override
    public synchronized Map<String, String> start() {
        if (vertx == null) {
            vertx = Vertx.vertx();
            for (String name : NAMES) {
                FakeUpstream upstream = new FakeUpstream(name, vertx);
                upstream.start(0);
                RUNNING.put(name, upstream);
            }
        }
        Map<String, String> config = new HashMap<>();
        RUNNING.forEach((name, upstream) -> config.put("madoguchi.gateway.upstreams." + name + ".url", upstream.url()));
        return config;
    }

    @Override
    public void stop() {
        // shared by the JVM's test classes: stopped with the JVM
    }

    /** The fake of one service. */
    public static FakeUpstream upstream(String name) {
        return RUNNING.get(name);
    }

    /** Which service received the request with this id, if any did. */
    public static Optional<String> receiverOf(String requestId) {
        return NAMES.stream().filter(name -> RUNNING.get(name).receivedWithId(requestId).isPresent()).findFirst();
    }
}
