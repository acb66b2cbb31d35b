package org.madoguchi.procedures.application.port.out;

import java.util.List;

import org.madoguchi.procedures.domain.event.ProcedureEvent;

/** The recording fake of {@link ProcedureEvents} keeps the contract the outbox adapter keeps. */
class InMemoryProcedureEventsTest extends ProcedureEventsContract {

    private final InMemoryProcedureEvents events = new InMemoryProcedureEvents();

    @Override
    protected ProcedureEvents events() {
        return events;
    }

    @Override
    protected List<Announcement> announced() {
        return events.published().stream().map(InMemoryProcedureEventsTest::announcement).toList();
    }

    private static Announcement announcement(ProcedureEvent event) {
        String id = event.procedure().id().toString();
        long version = event.procedure().version();
        var status = event.procedure().status().kind();
        String by = event.by().subject();
        if (event instanceof ProcedureEvent.ProcedureChanged changed) {
            return new Announcement("ProcedureChanged", id, event.at(), by, version, status, null,
                    changed.changedFields());
        }
        if (event instanceof ProcedureEvent.ProcedureStatusChanged statusChanged) {
            return new Announcement("ProcedureStatusChanged", id, event.at(), by, version, status,
                    statusChanged.previous().kind(), List.of());
        }
        return new Announcement("ProcedureRegistered", id, event.at(), by, version, status, null, List.of());
    }
}
