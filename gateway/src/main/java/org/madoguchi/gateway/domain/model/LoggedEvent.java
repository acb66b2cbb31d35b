package org.madoguchi.gateway.domain.model;

import java.util.Objects;

/**
 * One domain event as the event log holds it, for the ops stream: its CloudEvents type and subject (to filter
 * on), the envelope as compact JSON (events carry ids and subjects, never personal data), and the stream position
 * just after it.
 */
public record LoggedEvent(String type, String subject, String envelopeJson, EventPosition positionAfter) {

    public LoggedEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(envelopeJson, "envelopeJson");
        Objects.requireNonNull(positionAfter, "positionAfter");
    }
}
