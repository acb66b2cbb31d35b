package org.madoguchi.procedures.application.port.out;

import java.util.List;

import org.madoguchi.procedures.domain.event.FormEvent;

/** The recording fake of {@link FormEvents} keeps the contract the outbox adapter keeps. */
class InMemoryFormEventsTest extends FormEventsContract {

    private final InMemoryFormEvents events = new InMemoryFormEvents();

    @Override
    protected FormEvents events() {
        return events;
    }

    @Override
    protected List<Announcement> announced() {
        return events.published().stream().map(e -> new Announcement(e.getClass().getSimpleName(),
                e.form().id().toString(), e.at(), e.by().subject(), e.form().currentVersion(), e.form().kind(),
                e.form().department().value())).toList();
    }
}
