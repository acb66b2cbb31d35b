package org.madoguchi.applications.adapter.out.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.applications.application.port.out.ProcessedEvents;
import org.madoguchi.eventing.EventInbox;

/** Applied events recorded in the eventing library's inbox ({@code processed_event}). */
@ApplicationScoped
class InboxProcessedEvents implements ProcessedEvents {

    private final EventInbox inbox;

    InboxProcessedEvents(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public boolean firstDelivery(String consumer, UUID eventId) {
        return inbox.firstDelivery(consumer, eventId);
    }
}
