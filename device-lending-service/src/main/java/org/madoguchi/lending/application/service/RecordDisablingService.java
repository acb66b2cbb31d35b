package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.RecordDisablingCommand;
import org.madoguchi.lending.application.port.in.RecordDisablingUseCase;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceAlreadyDisabled;
import org.madoguchi.lending.domain.model.DeviceNotLost;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.NotFound;

/** Records the disabling (無効措置) of a lost device on its open loss incident. */
@ApplicationScoped
class RecordDisablingService implements RecordDisablingUseCase {

    private final Inventory inventory;
    private final Incidents incidents;
    private final LendingEvents events;
    private final Clock clock;

    RecordDisablingService(Inventory inventory, Incidents incidents, LendingEvents events, Clock clock) {
        this.inventory = inventory;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Incident recordDisabling(RecordDisablingCommand command) {
        Device device = inventory.lock(command.deviceId()).orElseThrow(() -> NotFound.device(command.deviceId()));
        command.desk().requireDeskOf(device.siteCode());
        Incident loss = incidents.openLoss(device.id()).orElseThrow(() -> new DeviceNotLost(device.number()));
        if (loss.disabledAt() != null) {
            throw new DeviceAlreadyDisabled(device.number());
        }
        Instant now = clock.instant();
        Incident disabled = loss.disabled(command.desk().subject(), now);
        incidents.update(disabled);
        events.publish(new LendingEvent.DeviceDisabled(device, disabled, now));
        return disabled;
    }
}
