package org.madoguchi.eventing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The outbox as operations see it: how many events wait to be published and how long the
 * oldest has waited. A backlog that grows means the broker is unreachable or the relay is off.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final OutboxBacklog backlog;
    private final MeterRegistry registry;

    OutboxMetrics(@HealthGroup(OutboxBacklog.GROUP) OutboxBacklog backlog, MeterRegistry registry) {
        this.backlog = backlog;
        this.registry = registry;
    }

    void register(@Observes StartupEvent start) {
        Gauge.builder("madoguchi.outbox.pending", backlog,
                        b -> b.read().map(w -> (double) w.pending()).orElse(Double.NaN))
                .description("Events written but not yet published to Kafka")
                .register(registry);
        Gauge.builder("madoguchi.outbox.oldest.pending.seconds", backlog,
                        b -> b.read().map(OutboxBacklog.Waiting::oldestPendingSeconds).orElse(Double.NaN))
                .description("Age of the oldest event not yet published")
                .baseUnit("seconds")
                .register(registry);
    }
}
