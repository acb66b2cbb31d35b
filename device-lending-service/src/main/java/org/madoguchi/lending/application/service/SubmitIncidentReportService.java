package org.madoguchi.lending.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.SubmitIncidentReportCommand;
import org.madoguchi.lending.application.port.in.SubmitIncidentReportUseCase;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.NotFound;

/** Files the written report (顛末書) of an incident, by the person it names or by the desk of its site. */
@ApplicationScoped
class SubmitIncidentReportService implements SubmitIncidentReportUseCase {

    private final Incidents incidents;
    private final Clock clock;

    SubmitIncidentReportService(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Incident submitReport(SubmitIncidentReportCommand command) {
        Incident incident = incidents.incident(command.incidentId())
                .orElseThrow(() -> new NotFound(NotFound.What.INCIDENT, command.incidentId()));
        command.actor().requireSelfOrDeskOf(incident.reporter(), incident.siteCode());
        Incident reported = incident.submitReport(command.report(), clock.instant());
        incidents.update(reported);
        return reported;
    }
}
