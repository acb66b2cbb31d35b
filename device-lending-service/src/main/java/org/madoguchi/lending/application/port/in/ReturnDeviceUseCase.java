package org.madoguchi.lending.application.port.in;

import java.util.List;

import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.Lending;

/**
 * 返却: the desk takes a device back, checks the kit and gives the notebook back; a missing
 * item or damage opens an incident that waits for the borrower's report.
 */
public interface ReturnDeviceUseCase {

    ReturnOutcome takeBack(ReturnDeviceCommand command);

    /** The completed ledger entry and the incidents it opened. */
    record ReturnOutcome(Lending lending, List<Incident> incidentsOpened) {
    }
}
