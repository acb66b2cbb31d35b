package org.madoguchi.lending.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.LogMaintenanceCommand;
import org.madoguchi.lending.application.port.in.LogMaintenanceUseCase;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.MaintenanceWindowId;
import org.madoguchi.lending.domain.model.NotFound;

/** Logs a maintenance window where nothing else holds the device, under the device's lock. */
@ApplicationScoped
class LogMaintenanceService implements LogMaintenanceUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final MaintenanceLog maintenance;
    private final Clock clock;

    LogMaintenanceService(Inventory inventory, Reservations reservations, MaintenanceLog maintenance, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.maintenance = maintenance;
        this.clock = clock;
    }

    @Override
    @Transactional
    public MaintenanceWindow log(LogMaintenanceCommand command) {
        Device device = inventory.lock(command.deviceId()).orElseThrow(() -> NotFound.device(command.deviceId()));
        command.desk().requireDeskOf(device.siteCode());
        MaintenanceWindow entry = new MaintenanceWindow(MaintenanceWindowId.random(), device.id(), command.kind(),
                command.period(), command.note(), command.desk().subject(), clock.instant());
        reservations.agenda(device.id(), command.period()).firstClash(command.period()).ifPresent(clash -> {
            throw clash;
        });
        maintenance.add(entry);
        return entry;
    }
}
