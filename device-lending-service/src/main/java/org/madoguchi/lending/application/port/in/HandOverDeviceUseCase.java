package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Lending;

/** 貸出: the desk hands a device over for a booking that is due, and writes the ledger entry. */
public interface HandOverDeviceUseCase {

    Lending handOver(HandOverDeviceCommand command);
}
