package org.madoguchi.applications.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.madoguchi.applications.domain.model.Form;

/**
 * A form version procedures-service published.
 *
 * @param eventId the id of the event that says so, to apply it once
 * @param form    the version, as published
 * @param at      when it was published
 */
public record RecordPublishedFormCommand(UUID eventId, Form form, Instant at) {

    public RecordPublishedFormCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(at, "at");
    }
}
