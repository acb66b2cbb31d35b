package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Incident;

/** 顛末書: the borrower's written report on an incident; the desk may enter a paper one. */
public interface SubmitIncidentReportUseCase {

    Incident submitReport(SubmitIncidentReportCommand command);
}
