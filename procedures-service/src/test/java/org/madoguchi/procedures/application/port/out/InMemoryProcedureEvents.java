package org.madoguchi.procedures.application.port.out;

import java.util.ArrayList;
import java.util.List;

import org.madoguchi.procedures.domain.event.ProcedureEvent;

/** {@link ProcedureEvents} that records what is published, held to {@link ProcedureEventsContract}. */
public final class InMemoryProcedureEvents implements ProcedureEvents {

    private final List<ProcedureEvent> published = new ArrayList<>();

    @Override
    public void publish(ProcedureEvent event) {
        published.add(event);
    }

    /** Every event published, oldest first. */
    public List<ProcedureEvent> published() {
        return List.copyOf(published);
    }
}
