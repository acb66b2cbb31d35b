package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.RetireDeviceCommand;
import org.madoguchi.lending.application.port.in.RetireDeviceUseCase;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.NotFound;

/** Retires a device, for 情報政策課, once no active booking of it is left. */
@ApplicationScoped
class RetireDeviceService implements RetireDeviceUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final Clock clock;

    RetireDeviceService(Inventory inventory, Reservations reservations, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Device retire(RetireDeviceCommand command) {
        command.actor().requireInformationPolicy();
        Device device = inventory.lock(command.deviceId()).orElseThrow(() -> NotFound.device(command.deviceId()));
        if (reservations.activeAt(Set.of(device.siteCode()), clock.instant()).stream()
                .anyMatch(r -> r.deviceId().equals(device.id()))) {
            throw new Device.StillBooked(device);
        }
        Device retired = device.retired();
        inventory.save(retired);
        return retired;
    }
}
