package org.madoguchi.gateway.application.port.out;

import java.util.Optional;
import java.util.function.Consumer;

import org.madoguchi.gateway.domain.model.EventPosition;
import org.madoguchi.gateway.domain.model.EventTail;
import org.madoguchi.gateway.domain.model.LoggedEvent;

/**
 * The log of every service's domain events (Kafka's topics), read from a position: each event in the order of its
 * partition, with the position just after it. The read runs on its own thread until the tail is closed.
 */
public interface EventLog {

    /**
     * Reads from {@code from} (partitions it does not name, and an empty {@code from}, start with the events that
     * come next) and hands every event to {@code onEvent}. Returns once the read stands at its start position.
     */
    EventTail tail(Optional<EventPosition> from, Consumer<LoggedEvent> onEvent);
}
