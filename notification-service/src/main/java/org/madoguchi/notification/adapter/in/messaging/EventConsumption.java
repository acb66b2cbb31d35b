package org.madoguchi.notification.adapter.in.messaging;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.notification.application.port.in.NotifyRecipientsCommand;
import org.madoguchi.notification.application.port.in.NotifyRecipientsUseCase;
import org.madoguchi.notification.domain.model.Occurrence;

/**
 * What every consumer does with a record: read the CloudEvent, translate it into an occurrence, and notify under
 * the consumer's inbox key (the use case deduplicates on the event id). A record that is no event of ours, or
 * breaks its contract, is logged by id and skipped: it must not stop the stream.
 */
@ApplicationScoped
class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);

    private final NotifyRecipientsUseCase notify;

    EventConsumption(NotifyRecipientsUseCase notify) {
        this.notify = notify;
    }

    void consume(String consumer, String json, Function<ReceivedEvent, Optional<Occurrence>> translation) {
        ReceivedEvent event;
        Optional<Occurrence> occurrence;
        try {
            event = EventEnvelope.read(json);
            occurrence = translation.apply(event);
        } catch (RuntimeException unreadable) {
            LOG.warnf("%s skips a record it cannot read: %s", consumer, unreadable.getMessage());
            return;
        }
        occurrence.ifPresent(o -> notify.notify(new NotifyRecipientsCommand(consumer, event.id(), o)));
    }
}
