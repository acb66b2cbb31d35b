package org.madoguchi.notification.application.port.in;

import java.util.Objects;
import java.util.UUID;

import org.madoguchi.notification.domain.model.Occurrence;

/**
 * An event to notify of.
 *
 * @param consumer   which consumer applies it (its inbox key)
 * @param eventId    the event's id, on which repeated deliveries are recognised
 * @param occurrence what the event says happened
 */
public record NotifyRecipientsCommand(String consumer, UUID eventId, Occurrence occurrence) {

    public NotifyRecipientsCommand {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
