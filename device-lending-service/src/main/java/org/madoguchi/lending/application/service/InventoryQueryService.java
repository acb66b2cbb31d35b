package org.madoguchi.lending.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.InventoryQueries;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceStatus;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UnknownSite;

/** Reads the inventory for staff: sites, devices, what is free over a window the policy allows. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class InventoryQueryService implements InventoryQueries {

    private final Inventory inventory;
    private final Reservations reservations;
    private final MaintenanceLog maintenance;
    private final LendingPolicy policy;

    InventoryQueryService(Inventory inventory, Reservations reservations, MaintenanceLog maintenance,
                          LendingPolicy policy) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.maintenance = maintenance;
        this.policy = policy;
    }

    @Override
    public List<SiteSummary> sites() {
        Map<SiteCode, List<Device>> bySite = inventory.devices().stream()
                .filter(d -> d.status() != DeviceStatus.RETIRED)
                .collect(Collectors.groupingBy(Device::siteCode));
        return inventory.sites().stream().map(site -> {
            List<Device> devices = bySite.getOrDefault(site.code(), List.of());
            int available = (int) devices.stream().filter(d -> d.status() == DeviceStatus.AVAILABLE).count();
            return new SiteSummary(site, devices.size(), available);
        }).toList();
    }

    @Override
    public Site site(SiteCode siteCode) {
        return inventory.site(siteCode).orElseThrow(() -> new UnknownSite(siteCode));
    }

    @Override
    public List<Device> devices(SiteCode siteCode) {
        if (siteCode != null) {
            site(siteCode);
            return inventory.devicesAt(siteCode);
        }
        return inventory.devices();
    }

    @Override
    public List<Device> freeDevices(SiteCode siteCode, Instant from, Instant to) {
        Period period = policy.reportWindow(from, to);
        site(siteCode);
        return inventory.devicesAt(siteCode).stream()
                .filter(d -> d.status().bookable())
                .filter(d -> reservations.agenda(d.id(), period).isFree(period))
                .toList();
    }

    @Override
    public List<MaintenanceWindow> maintenanceLog(DeviceId deviceId) {
        return maintenance.ofDevice(deviceId);
    }
}
