package org.madoguchi.eventing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.ReceivedEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A consumer of the test application: counts each parcel once, however often its event arrives. */
@ApplicationScoped
public class ParcelTally {

    static final String CONSUMER = "parcel-tally";

    private final AgroalDataSource dataSource;
    private final EventInbox inbox;
    /** Deliveries seen, before deduplication, so a test knows when a repeat has been handled. */
    private final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    ParcelTally(AgroalDataSource dataSource, EventInbox inbox) {
        this.dataSource = dataSource;
        this.inbox = inbox;
    }

    /** How often the event was delivered, repeats included. */
    public int deliveriesOf(UUID eventId) {
        AtomicInteger seen = deliveries.get(eventId);
        return seen == null ? 0 : seen.get();
    }

    @Incoming("parcels-in")
    @Transactional
    public void on(String json) {
        ReceivedEvent event = EventEnvelope.read(json);
        try {
            if (!inbox.firstDelivery(CONSUMER, event.id())) {
                return;
            }
            UUID parcel = UUID.fromString(event.data().get("parcelId").asText());
            try (Connection c = dataSource.getConnection();
                 PreparedStatement upsert = c.prepareStatement("""
                         insert into parcel_tally (parcel_id, deliveries) values (?, 1)
                         on conflict (parcel_id) do update set deliveries = parcel_tally.deliveries + 1""")) {
                upsert.setObject(1, parcel);
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        } finally {
            deliveries.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }
    }
}
