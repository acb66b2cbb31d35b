package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.IncidentId;

/** The desk of the incident's site closes it, with how it was resolved. */
public record CloseIncidentCommand(IncidentId incidentId, Actor desk, String resolution) {

    public CloseIncidentCommand {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(desk, "desk");
    }
}
