package org.madoguchi.lending.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.MoveDeviceCommand;
import org.madoguchi.lending.application.port.in.MoveDeviceUseCase;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.NotFound;
import org.madoguchi.lending.domain.model.UnknownSite;

/** Moves a device to another site, for 情報政策課, under the device's lock. */
@ApplicationScoped
class MoveDeviceService implements MoveDeviceUseCase {

    private final Inventory inventory;

    MoveDeviceService(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    @Transactional
    public Device move(MoveDeviceCommand command) {
        command.actor().requireInformationPolicy();
        inventory.site(command.siteCode()).orElseThrow(() -> new UnknownSite(command.siteCode()));
        Device device = inventory.lock(command.deviceId()).orElseThrow(() -> NotFound.device(command.deviceId()));
        Device moved = device.movedTo(command.siteCode());
        inventory.save(moved);
        return moved;
    }
}
