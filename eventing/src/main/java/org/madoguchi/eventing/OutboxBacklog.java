package org.madoguchi.eventing;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The outbox's backlog for the operations dashboard, at {@code /q/health/group/outbox}: how many events wait to be
 * published and for how many seconds the oldest has waited. It is a health group of its own, not part of
 * readiness: a backlog means the broker is unreachable or slow, and the service still takes requests (their events
 * wait in the outbox, nothing is lost). DOWN only when the outbox cannot be read at all.
 */
@HealthGroup(OutboxBacklog.GROUP)
@ApplicationScoped
public class OutboxBacklog implements HealthCheck {

    /** The health group's name, and the check's. */
    public static final String GROUP = "outbox";

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final String BACKLOG = """
            select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
            from event_outbox where published_at is null""";

    private final AgroalDataSource dataSource;

    OutboxBacklog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        return read().map(waiting -> HealthCheckResponse.named(GROUP).up()
                        .withData("pending", waiting.pending())
                        .withData("oldestPendingSeconds", (long) Math.floor(waiting.oldestPendingSeconds()))
                        .build())
                .orElseGet(() -> HealthCheckResponse.named(GROUP).down().withData("error", "database-unreachable").build());
    }

    /** The backlog now, or empty when the outbox cannot be read; the metrics' gauges read it too. */
    Optional<Waiting> read() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BACKLOG)) {
            statement.setQueryTimeout(2);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return Optional.of(new Waiting(row.getLong(1), row.getDouble(2)));
            }
        } catch (SQLException e) {
            LOG.debugf("the outbox's backlog cannot be read: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** Events written but not yet published, and the oldest one's wait in seconds. */
    record Waiting(long pending, double oldestPendingSeconds) {
    }
}
