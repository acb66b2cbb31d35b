package org.madoguchi.applications.adapter.out.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.ReceivedEvent;

/**
 * Reads the outbox as its relay does, in the caller's transaction: the rows appended since {@link #mark()},
 * oldest first, with the event each holds as a consumer will read it.
 */
final class OutboxReader {

    /**
     * One row of {@code event_outbox}.
     *
     * @param topic   where the relay will publish it
     * @param key     its Kafka key
     * @param type    its event type
     * @param payload the structured-mode CloudEvent
     */
    record Row(String topic, String key, String type, String payload) {

        ReceivedEvent event() {
            return EventEnvelope.read(payload);
        }
    }

    private final DataSource dataSource;
    private long mark;

    OutboxReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Remembers where the outbox ends now: {@link #appended()} reads what comes after. */
    void mark() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement last = connection.prepareStatement("select coalesce(max(id), 0) from event_outbox");
                ResultSet result = last.executeQuery()) {
            result.next();
            mark = result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox", e);
        }
    }

    /** The rows appended since the mark, oldest first. */
    List<Row> appended() {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select topic, message_key, event_type, payload from event_outbox where id > ? order by id""")) {
            select.setLong(1, mark);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2), result.getString(3),
                            result.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox", e);
        }
        return rows;
    }

    /**
     * The domain event an event type announces: {@code madoguchi.applications.application-withdrawn.v1} is
     * {@code ApplicationWithdrawn}.
     */
    static String eventName(String type) {
        return Arrays.stream(type.split("\\.")[2].split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining());
    }
}
