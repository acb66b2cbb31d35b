package org.madoguchi.eventing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** A use case of the test application: registers a parcel and its event in one transaction. */
@ApplicationScoped
public class ParcelDesk {

    static final String TOPIC = "parcels.events";
    static final String REGISTERED = "madoguchi.test.parcel-registered.v1";

    private final AgroalDataSource dataSource;
    private final EventOutbox outbox;

    ParcelDesk(AgroalDataSource dataSource, EventOutbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    record ParcelRegistered(UUID parcelId, int weightGrams) {
    }

    @Transactional
    public void register(UUID parcelId, int weightGrams, String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into parcel (id, weight) values (?, ?)")) {
            insert.setObject(1, parcelId);
            insert.setInt(2, weightGrams);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        outbox.append(TOPIC, REGISTERED, key, new ParcelRegistered(parcelId, weightGrams));
    }

    /** Writes the parcel and its event, then fails: the transaction rolls back. */
    @Transactional
    public void registerThenFail(UUID parcelId, int weightGrams, String key) {
        register(parcelId, weightGrams, key);
        throw new IllegalStateException("the business rule failed after the writes");
    }
}
