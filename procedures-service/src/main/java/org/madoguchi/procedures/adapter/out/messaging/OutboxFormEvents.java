package org.madoguchi.procedures.adapter.out.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.contracts.Topics;
import org.madoguchi.eventing.EventOutbox;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.Form;

/** Form events into the transactional outbox, keyed by form id, for {@code procedures.events}. */
@ApplicationScoped
class OutboxFormEvents implements FormEvents {

    static final String PUBLISHED = "madoguchi.procedures.form-published.v1";
    static final String CLOSED = "madoguchi.procedures.form-closed.v1";

    private final EventOutbox outbox;
    private final FormLinks links;

    OutboxFormEvents(EventOutbox outbox, FormLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    @Override
    public void publish(FormEvent event) {
        Form form = event.form();
        String subject = form.id().toString();
        if (event instanceof FormEvent.FormPublished) {
            outbox.append(Topics.PROCEDURES, PUBLISHED, subject, event.at(),
                    EventPayloads.FormPublished.of(form, links.publicUrl(form.id()), event.by(), event.at()));
        } else if (event instanceof FormEvent.FormClosed) {
            outbox.append(Topics.PROCEDURES, CLOSED, subject, event.at(), new EventPayloads.FormClosed(
                    form.id().value(), form.currentVersion(), form.kind().name(), form.department().value(),
                    EventPayloads.AuthorData.of(event.by()), event.at()));
        }
    }
}
