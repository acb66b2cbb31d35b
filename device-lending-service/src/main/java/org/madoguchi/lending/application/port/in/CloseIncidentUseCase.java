package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Incident;

/** The desk closes an incident, once the borrower's report is in where one is due. */
public interface CloseIncidentUseCase {

    Incident close(CloseIncidentCommand command);
}
