package org.madoguchi.lending.application.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/** {@link Inventory} in memory: sites by code, devices by number, one device per number as the table keeps it. */
public final class InMemoryInventory implements Inventory {

    private final Map<SiteCode, Site> sites = new LinkedHashMap<>();
    private final Map<DeviceId, Device> devices = new LinkedHashMap<>();

    @Override
    public List<Site> sites() {
        return sites.values().stream().sorted(Comparator.comparing(Site::code)).toList();
    }

    @Override
    public Optional<Site> site(SiteCode code) {
        return Optional.ofNullable(code).map(sites::get);
    }

    @Override
    public void save(Site site) {
        sites.put(site.code(), site);
    }

    @Override
    public Optional<Device> device(DeviceId id) {
        return Optional.ofNullable(devices.get(id));
    }

    @Override
    public Optional<Device> device(DeviceNumber number) {
        return devices.values().stream().filter(d -> d.number().equals(number)).findFirst();
    }

    @Override
    public Optional<Device> lock(DeviceId id) {
        return device(id);
    }

    @Override
    public List<Device> devicesAt(SiteCode siteCode) {
        return devices().stream().filter(d -> d.siteCode().equals(siteCode)).toList();
    }

    @Override
    public List<Device> devices() {
        return devices.values().stream().sorted(Comparator.comparing(Device::number)).toList();
    }

    @Override
    public void save(Device device) {
        device(device.number()).filter(other -> !other.id().equals(device.id())).ifPresent(other -> {
            throw new IllegalStateException("device number " + device.number() + " belongs to device " + other.id());
        });
        devices.put(device.id(), device);
    }
}
