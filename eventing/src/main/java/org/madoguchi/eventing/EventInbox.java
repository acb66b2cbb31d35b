package org.madoguchi.eventing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The idempotent-consumer record: which events each consumer has applied. Kafka delivers at
 * least once, so a consumer asks here, in the transaction of its effect, whether a delivery is
 * the first; a repeat (or a concurrent duplicate, which waits on the key) gets {@code false}.
 */
@ApplicationScoped
public class EventInbox {

    private final AgroalDataSource dataSource;

    EventInbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records that {@code consumer} applies {@code eventId}; returns whether this is the first
     * delivery. Must run in the transaction that applies the effect, so both commit or neither.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into processed_event (consumer, event_id) values (?, ?)
                     on conflict do nothing""")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + eventId + " for " + consumer, e);
        }
    }
}
