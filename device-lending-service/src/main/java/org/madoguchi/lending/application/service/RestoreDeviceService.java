package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.RestoreDeviceCommand;
import org.madoguchi.lending.application.port.in.RestoreDeviceUseCase;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNotDisabled;
import org.madoguchi.lending.domain.model.DeviceStatus;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.NotFound;

/** Puts a found, repaired or inspected device back into service; a lost one only once it was disabled. */
@ApplicationScoped
class RestoreDeviceService implements RestoreDeviceUseCase {

    private final Inventory inventory;
    private final Incidents incidents;
    private final LendingEvents events;
    private final Clock clock;

    RestoreDeviceService(Inventory inventory, Incidents incidents, LendingEvents events, Clock clock) {
        this.inventory = inventory;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Device restore(RestoreDeviceCommand command) {
        Device device = inventory.lock(command.deviceId()).orElseThrow(() -> NotFound.device(command.deviceId()));
        command.desk().requireDeskOf(device.siteCode());
        Optional<Incident> loss = incidents.openLoss(device.id());
        if (device.status() == DeviceStatus.LOST && loss.map(i -> i.disabledAt() == null).orElse(false)) {
            throw new DeviceNotDisabled(device.number());
        }
        Instant now = clock.instant();
        Device restored = device.restored();
        inventory.save(restored);
        events.publish(new LendingEvent.DeviceRestored(restored, command.desk().subject(), command.inspectionNote(), now));
        return restored;
    }
}
