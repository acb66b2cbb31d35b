package org.madoguchi.lending.application.port.out;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;

/** {@link MaintenanceLog} in memory; {@link InMemoryReservations} reads it for a device's agenda, as the real store does. */
public final class InMemoryMaintenanceLog implements MaintenanceLog {

    private final List<MaintenanceWindow> entries = new ArrayList<>();

    @Override
    public void add(MaintenanceWindow entry) {
        entries.add(entry);
    }

    @Override
    public List<MaintenanceWindow> ofDevice(DeviceId deviceId) {
        return entries.stream().filter(m -> m.deviceId().equals(deviceId))
                .sorted(Comparator.comparing(m -> m.period().start())).toList();
    }

    /** The windows of the device that overlap the period. */
    List<MaintenanceWindow> overlapping(DeviceId deviceId, Period window) {
        return ofDevice(deviceId).stream().filter(m -> m.period().overlaps(window)).toList();
    }
}
