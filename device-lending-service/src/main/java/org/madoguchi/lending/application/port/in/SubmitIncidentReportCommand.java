package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.IncidentId;

/** The text of the written report, by the person the incident names or by the desk of its site. */
public record SubmitIncidentReportCommand(IncidentId incidentId, Actor actor, String report) {

    public SubmitIncidentReportCommand {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(actor, "actor");
    }
}
