package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.DisasterDeclaration;

/**
 * 災害モード: 情報政策課 declares it for all sites or some; bookings in scope that are not for
 * disaster response are cancelled, devices out are recalled, until it is lifted.
 */
public interface DeclareDisasterModeUseCase {

    DisasterOutcome declare(DeclareDisasterModeCommand command);

    /** The declaration, and how many bookings it cancelled and devices it recalled. */
    record DisasterOutcome(DisasterDeclaration declaration, int bookingsCancelled, int devicesRecalled) {
    }
}
