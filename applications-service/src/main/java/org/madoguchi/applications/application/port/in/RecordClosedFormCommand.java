package org.madoguchi.applications.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.madoguchi.applications.domain.model.FormId;

/**
 * A form procedures-service closed (受付終了).
 *
 * @param eventId the id of the event that says so, to apply it once
 * @param form    the form
 * @param at      when it was closed
 */
public record RecordClosedFormCommand(UUID eventId, FormId form, Instant at) {

    public RecordClosedFormCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(at, "at");
    }
}
