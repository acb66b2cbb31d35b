package org.madoguchi.applications.adapter.out.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.applications.application.port.out.ApplicationEvents;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.contracts.Topics;
import org.madoguchi.eventing.EventOutbox;

/** Application events into the transactional outbox, keyed by application id, for {@code applications.events}. */
@ApplicationScoped
class OutboxApplicationEvents implements ApplicationEvents {

    static final String SUBMITTED = "madoguchi.applications.application-submitted.v1";
    static final String STATUS_CHANGED = "madoguchi.applications.application-status-changed.v1";
    static final String WITHDRAWN = "madoguchi.applications.application-withdrawn.v1";

    private final EventOutbox outbox;

    OutboxApplicationEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ApplicationEvent event) {
        String subject = event.application().id().toString();
        if (event instanceof ApplicationEvent.ApplicationSubmitted submitted) {
            outbox.append(Topics.APPLICATIONS, SUBMITTED, subject, event.at(),
                    EventPayloads.Submitted.of(submitted.application()));
        } else if (event instanceof ApplicationEvent.ApplicationStatusChanged changed) {
            outbox.append(Topics.APPLICATIONS, STATUS_CHANGED, subject, event.at(),
                    EventPayloads.StatusChanged.of(changed.application(), changed.change()));
        } else if (event instanceof ApplicationEvent.ApplicationWithdrawn withdrawn) {
            outbox.append(Topics.APPLICATIONS, WITHDRAWN, subject, event.at(),
                    EventPayloads.Withdrawn.of(withdrawn.application(), withdrawn.change()));
        }
    }
}
