package org.madoguchi.procedures.adapter.out.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.contracts.Topics;
import org.madoguchi.eventing.EventOutbox;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.Form;

/**
 * Form events into the transactional outbox, keyed by form id: each one for {@code procedures.events}, where
 * every change of the registry is told in order, and the same type and body for the compacted
 * {@code procedures.forms}, where the last event of every form stays readable for a consumer that starts
 * long after it was published. Both rows are written in the caller's transaction; each is its own CloudEvent
 * with its own id.
 */
@ApplicationScoped
class OutboxFormEvents implements FormEvents {

    static final String PUBLISHED = "madoguchi.procedures.form-published.v1";
    static final String CLOSED = "madoguchi.procedures.form-closed.v1";
    /** Where every form event goes, in this order. */
    static final List<String> TOPICS = List.of(Topics.PROCEDURES, Topics.PROCEDURE_FORMS);

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
        String type;
        Object data;
        if (event instanceof FormEvent.FormPublished) {
            type = PUBLISHED;
            data = EventPayloads.FormPublished.of(form, links.publicUrl(form.id()), event.by(), event.at());
        } else if (event instanceof FormEvent.FormClosed) {
            type = CLOSED;
            data = new EventPayloads.FormClosed(form.id().value(), form.currentVersion(), form.kind().name(),
                    form.department().value(), EventPayloads.AuthorData.of(event.by()), event.at());
        } else {
            throw new IllegalArgumentException("no event type for " + event.getClass().getName());
        }
        for (String topic : TOPICS) {
            outbox.append(topic, type, subject, event.at(), data);
        }
    }
}
