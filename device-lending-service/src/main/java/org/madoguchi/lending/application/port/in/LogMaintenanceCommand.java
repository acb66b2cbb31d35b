package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;

/** A maintenance window the desk of the device's site plans or records. */
public record LogMaintenanceCommand(DeviceId deviceId, Actor desk, MaintenanceWindow.Kind kind, Period period,
                                    String note) {

    public LogMaintenanceCommand {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
    }
}
