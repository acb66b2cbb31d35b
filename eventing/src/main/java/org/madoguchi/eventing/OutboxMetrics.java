package org.madoguchi.eventing;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The outbox as operations see it: how many events wait to be published and how long the
 * oldest has waited. A backlog that grows means the broker is unreachable or the relay is off.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;

    OutboxMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void register(@Observes StartupEvent start) {
        Gauge.builder("madoguchi.outbox.pending", this, m -> m.query("select count(*) from event_outbox where published_at is null"))
                .description("Events written but not yet published to Kafka")
                .register(registry);
        Gauge.builder("madoguchi.outbox.oldest.pending.seconds", this, m -> m.query(
                        "select coalesce(extract(epoch from now() - min(created_at)), 0) from event_outbox where published_at is null"))
                .description("Age of the oldest event not yet published")
                .baseUnit("seconds")
                .register(registry);
    }

    private double query(String sql) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement statement = c.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
