package org.madoguchi.lending.application.port.out;

import java.util.List;

import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.MaintenanceWindow;

/** The maintenance log of each device (charging, Windows Update, repairs). */
public interface MaintenanceLog {

    void add(MaintenanceWindow entry);

    List<MaintenanceWindow> ofDevice(DeviceId deviceId);
}
