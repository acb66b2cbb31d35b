package org.madoguchi.notification.adapter.out.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.eventing.EventInbox;
import org.madoguchi.notification.application.port.out.ProcessedEvents;

/** The processed events in the eventing library's inbox table, in the caller's transaction. */
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
