package org.madoguchi.procedures.application.port.out;

import java.util.ArrayList;
import java.util.List;

import org.madoguchi.procedures.domain.event.FormEvent;

/** {@link FormEvents} that records what is published, held to {@link FormEventsContract}. */
public final class InMemoryFormEvents implements FormEvents {

    private final List<FormEvent> published = new ArrayList<>();

    @Override
    public void publish(FormEvent event) {
        published.add(event);
    }

    /** Every event published, oldest first. */
    public List<FormEvent> published() {
        return List.copyOf(published);
    }
}
