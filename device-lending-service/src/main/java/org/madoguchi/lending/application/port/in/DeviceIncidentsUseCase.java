package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.Incident;

import java.util.UUID;

/**
 * Loss (紛失), disabling (無効措置), restoring, faults (故障) and the incident reports (顛末書)
 * that close them.
 */
public interface DeviceIncidentsUseCase {

    /** Whoever holds the device, or its desk, reports it lost at once. */
    Incident reportLoss(UUID deviceId, Actor actor, String description);

    /** The desk records that it disabled the lost device. */
    Incident recordDisabling(UUID deviceId, Actor desk);

    /** A found or repaired device goes back into service after inspection. */
    Device restore(UUID deviceId, Actor desk, String inspectionNote);

    /** A fault takes the device out of service and goes to 情報政策課. */
    Incident reportFault(UUID deviceId, Actor actor, String description);

    /** The borrower's written report; the desk may enter a paper one. */
    Incident submitReport(UUID incidentId, Actor actor, String report);

    Incident close(UUID incidentId, Actor desk, String resolution);
}
