package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.CloseIncidentCommand;
import org.madoguchi.lending.application.port.in.CloseIncidentUseCase;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.NotFound;

/** Closes an incident for the desk of its site. */
@ApplicationScoped
class CloseIncidentService implements CloseIncidentUseCase {

    private final Incidents incidents;
    private final LendingEvents events;
    private final Clock clock;

    CloseIncidentService(Incidents incidents, LendingEvents events, Clock clock) {
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Incident close(CloseIncidentCommand command) {
        Incident incident = incidents.incident(command.incidentId())
                .orElseThrow(() -> new NotFound(NotFound.What.INCIDENT, command.incidentId()));
        command.desk().requireDeskOf(incident.siteCode());
        Instant now = clock.instant();
        Incident closed = incident.close(command.desk().subject(), now, command.resolution());
        incidents.update(closed);
        events.publish(new LendingEvent.IncidentClosed(closed, now));
        return closed;
    }
}
