package org.madoguchi.lending.adapter.in.rest;

import java.util.List;

import org.madoguchi.lending.application.port.in.ReturnDeviceUseCase;

/**
 * A return (返却) as recorded.
 *
 * @param lending         the ledger entry with its return
 * @param incidentsOpened incidents the return opened (missing items, damage)
 */
public record ReturnResponse(LendingResponse lending, List<IncidentResponse> incidentsOpened) {

    static ReturnResponse of(ReturnDeviceUseCase.ReturnOutcome outcome) {
        return new ReturnResponse(LendingResponse.of(outcome.lending()),
                outcome.incidentsOpened().stream().map(IncidentResponse::of).toList());
    }
}
