package org.madoguchi.lending.application.port.out;

import org.madoguchi.lending.domain.model.MaintenanceWindow;

import java.util.List;
import java.util.UUID;

/** The maintenance log of each device (charging, Windows Update, repairs). */
public interface MaintenanceLog {

    void add(MaintenanceWindow entry);

    List<MaintenanceWindow> ofDevice(UUID deviceId);
}
