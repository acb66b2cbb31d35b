package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Incident;

/** 紛失: whoever holds the device, or its desk, reports it lost at once; the booking ends and an incident opens. */
public interface ReportLossUseCase {

    Incident reportLoss(ReportLossCommand command);
}
