package org.madoguchi.lending.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.madoguchi.lending.application.port.in.LendingFailure;
import jakarta.transaction.Transactional;
import org.madoguchi.lending.application.port.in.ManageInventoryUseCase;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The inventory of sites and devices, kept by 情報政策課. */
@ApplicationScoped
public class InventoryService implements ManageInventoryUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final Clock clock;

    InventoryService(Inventory inventory, Reservations reservations, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Site registerSite(Site site, Actor actor) {
        actor.requireInformationPolicy();
        inventory.save(site);
        return site;
    }

    @Override
    @Transactional
    public Device registerDevice(DeviceNumber number, String siteCode, Actor actor) {
        actor.requireInformationPolicy();
        requireSite(siteCode);
        if (inventory.device(number).isPresent()) {
            throw new LendingFailure(LendingFailure.Reason.DUPLICATE_DEVICE, "device number taken", number.label());
        }
        Device device = Device.register(number, siteCode);
        inventory.save(device);
        return device;
    }

    @Override
    @Transactional
    public Device moveDevice(UUID deviceId, String siteCode, Actor actor) {
        actor.requireInformationPolicy();
        requireSite(siteCode);
        Device device = inventory.lock(deviceId).orElseThrow(() -> LendingFailure.notFound("device", deviceId));
        Device moved = device.movedTo(siteCode);
        inventory.save(moved);
        return moved;
    }

    @Override
    @Transactional
    public Device retireDevice(UUID deviceId, Actor actor) {
        actor.requireInformationPolicy();
        Device device = inventory.lock(deviceId).orElseThrow(() -> LendingFailure.notFound("device", deviceId));
        if (reservations.activeAt(Set.of(device.siteCode()), clock.instant()).stream()
                .anyMatch(r -> r.deviceId().equals(deviceId))) {
            throw new LendingFailure(LendingFailure.Reason.DEVICE_NOT_BOOKABLE, "device still has active bookings",
                    device.number().label(), device.status());
        }
        Device retired = device.retired();
        inventory.save(retired);
        return retired;
    }

    @Override
    @Transactional
    public int seed(List<SiteSeed> sites) {
        if (!inventory.sites().isEmpty()) {
            return 0;
        }
        int added = 0;
        for (SiteSeed seed : sites) {
            inventory.save(seed.site());
            for (DeviceNumber number : seed.devices()) {
                inventory.save(Device.register(number, seed.site().code()));
                added++;
            }
        }
        return added;
    }

    private void requireSite(String siteCode) {
        inventory.site(siteCode).orElseThrow(() ->
                new LendingFailure(LendingFailure.Reason.UNKNOWN_SITE, "unknown site " + siteCode, siteCode));
    }
}
