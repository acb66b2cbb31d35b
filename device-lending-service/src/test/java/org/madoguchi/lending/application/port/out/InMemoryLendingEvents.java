package org.madoguchi.lending.application.port.out;

import java.util.ArrayList;
import java.util.List;

import org.madoguchi.lending.domain.event.LendingEvent;

/** {@link LendingEvents} in memory: what the use cases published, in order. */
public final class InMemoryLendingEvents implements LendingEvents {

    private final List<LendingEvent> published = new ArrayList<>();

    @Override
    public void publish(LendingEvent event) {
        published.add(event);
    }

    /** The events published so far, oldest first. */
    public List<LendingEvent> published() {
        return List.copyOf(published);
    }
}
