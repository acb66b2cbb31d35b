package org.madoguchi.eventing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * The write side of the transactional outbox: appends an event in the caller's transaction, so
 * it is published if and only if the state change it describes commits. The row keeps the event
 * as {@link EventEnvelope} writes it (structured-mode JSON), which the relay publishes unchanged.
 */
@ApplicationScoped
public class EventOutbox {

    private static final Object WAKE_RELAY = EventOutbox.class.getName() + ".wake-relay";

    private final AgroalDataSource dataSource;
    private final ObjectMapper objectMapper;
    private final EventingConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventSchemas schemas = new EventSchemas(Thread.currentThread().getContextClassLoader());

    EventOutbox(AgroalDataSource dataSource, ObjectMapper objectMapper, EventingConfig config,
                TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Appends an event that happened now.
     *
     * @param topic   one of {@link org.madoguchi.contracts.Topics}
     * @param type    {@code madoguchi.<context>.<event>.v<N>}
     * @param subject the aggregate id; the Kafka key, so events of one aggregate stay in order
     * @param data    the event body, serialised with the application's JSON mapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String topic, String type, String subject, Object data) {
        return append(topic, type, subject, Instant.now(), data);
    }

    /** Appends an event that happened at {@code time}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String topic, String type, String subject, Instant time, Object data) {
        JsonNode body = objectMapper.valueToTree(data);
        CloudEvent event = EventEnvelope.create(config.source(), type, subject, time, body);
        String payload = EventEnvelope.write(event);
        if (config.validate()) {
            schemas.requireValid(payload);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into event_outbox (event_id, topic, message_key, event_type, payload)
                     values (?, ?, ?, ?, ?)""")) {
            insert.setObject(1, UUID.fromString(event.getId()));
            insert.setString(2, topic);
            insert.setString(3, subject);
            insert.setString(4, type);
            insert.setString(5, payload);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append event " + type + " to the outbox", e);
        }
        wakeRelayAfterCommit();
        return event;
    }

    /** Once per transaction: when it commits, the relay publishes at once instead of at its next poll. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_RELAY) != null) {
            return;
        }
        transactions.putResource(WAKE_RELAY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
