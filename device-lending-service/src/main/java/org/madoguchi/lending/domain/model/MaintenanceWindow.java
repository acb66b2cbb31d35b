package org.madoguchi.lending.domain.model;

import java.time.Instant;
import java.util.Objects;

/** 保守: charging, Windows Update, repair or inspection of a device; it cannot be booked meanwhile. */
public record MaintenanceWindow(MaintenanceWindowId id, DeviceId deviceId, Kind kind, Period period, String note,
                                String loggedBy, Instant loggedAt) {

    /** What was done to the device. */
    public enum Kind {
        CHARGING, WINDOWS_UPDATE, REPAIR, INSPECTION
    }

    public MaintenanceWindow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(loggedAt, "loggedAt");
    }
}
