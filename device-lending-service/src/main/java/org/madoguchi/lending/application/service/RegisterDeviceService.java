package org.madoguchi.lending.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.RegisterDeviceCommand;
import org.madoguchi.lending.application.port.in.RegisterDeviceUseCase;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DuplicateDevice;
import org.madoguchi.lending.domain.model.UnknownSite;

/** Adds a device to the inventory, for 情報政策課; device numbers are unique. */
@ApplicationScoped
class RegisterDeviceService implements RegisterDeviceUseCase {

    private final Inventory inventory;

    RegisterDeviceService(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    @Transactional
    public Device register(RegisterDeviceCommand command) {
        command.actor().requireInformationPolicy();
        inventory.site(command.siteCode()).orElseThrow(() -> new UnknownSite(command.siteCode()));
        if (inventory.device(command.number()).isPresent()) {
            throw new DuplicateDevice(command.number());
        }
        Device device = Device.register(command.number(), command.siteCode());
        inventory.save(device);
        return device;
    }
}
