package org.madoguchi.lending.application.port.out;

import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inventory of sites and devices. */
public interface Inventory {

    List<Site> sites();

    Optional<Site> site(String code);

    void save(Site site);

    Optional<Device> device(UUID id);

    Optional<Device> device(DeviceNumber number);

    /**
     * Loads the device and locks it until the transaction ends, so that everything that books
     * or changes one device happens one after the other.
     */
    Optional<Device> lock(UUID id);

    /** The devices of a site, by number. */
    List<Device> devicesAt(String siteCode);

    List<Device> devices();

    void save(Device device);
}
