package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;

import java.util.Objects;
import java.util.UUID;

/** The desk logs charging, Windows Update runs, repairs; the device cannot be booked meanwhile. */
public interface LogMaintenanceUseCase {

    MaintenanceWindow log(LogMaintenanceCommand command);

    record LogMaintenanceCommand(UUID deviceId, Actor desk, MaintenanceWindow.Kind kind, Period period, String note) {
        public LogMaintenanceCommand {
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(desk, "desk");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(period, "period");
        }
    }
}
