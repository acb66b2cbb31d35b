package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.MaintenanceWindow;

/** The desk logs charging, Windows Update runs, repairs; the device cannot be booked meanwhile. */
public interface LogMaintenanceUseCase {

    MaintenanceWindow log(LogMaintenanceCommand command);
}
