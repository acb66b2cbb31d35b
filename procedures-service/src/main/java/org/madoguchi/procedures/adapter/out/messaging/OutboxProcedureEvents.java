package org.madoguchi.procedures.adapter.out.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.contracts.Topics;
import org.madoguchi.eventing.EventOutbox;
import org.madoguchi.procedures.application.port.out.ProcedureEvents;
import org.madoguchi.procedures.domain.event.ProcedureEvent;
import org.madoguchi.procedures.domain.model.Procedure;

/** Procedure events into the transactional outbox, keyed by procedure id, for {@code procedures.events}. */
@ApplicationScoped
class OutboxProcedureEvents implements ProcedureEvents {

    static final String REGISTERED = "madoguchi.procedures.procedure-registered.v1";
    static final String CHANGED = "madoguchi.procedures.procedure-changed.v1";
    static final String STATUS_CHANGED = "madoguchi.procedures.procedure-status-changed.v1";

    private final EventOutbox outbox;

    OutboxProcedureEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ProcedureEvent event) {
        Procedure procedure = event.procedure();
        String subject = procedure.id().toString();
        if (event instanceof ProcedureEvent.ProcedureRegistered) {
            outbox.append(Topics.PROCEDURES, REGISTERED, subject, event.at(), new EventPayloads.ProcedureRegistered(
                    EventPayloads.ProcedureSnapshot.of(procedure), EventPayloads.AuthorData.of(event.by()), event.at()));
        } else if (event instanceof ProcedureEvent.ProcedureChanged changed) {
            outbox.append(Topics.PROCEDURES, CHANGED, subject, event.at(), new EventPayloads.ProcedureChanged(
                    EventPayloads.ProcedureSnapshot.of(procedure), changed.changedFields(),
                    EventPayloads.AuthorData.of(event.by()), event.at()));
        } else if (event instanceof ProcedureEvent.ProcedureStatusChanged statusChanged) {
            outbox.append(Topics.PROCEDURES, STATUS_CHANGED, subject, event.at(),
                    new EventPayloads.ProcedureStatusChanged(procedure.id().value(), procedure.code().value(),
                            procedure.department().value(), EventPayloads.StatusData.of(statusChanged.previous()),
                            EventPayloads.StatusData.of(procedure.status()), procedure.status().isOnline(),
                            procedure.version(), EventPayloads.AuthorData.of(event.by()), event.at()));
        }
    }
}
