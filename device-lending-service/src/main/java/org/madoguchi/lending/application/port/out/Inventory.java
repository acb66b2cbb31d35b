package org.madoguchi.lending.application.port.out;

import java.util.List;
import java.util.Optional;

import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/** The inventory of sites and devices. */
public interface Inventory {

    List<Site> sites();

    Optional<Site> site(SiteCode code);

    void save(Site site);

    Optional<Device> device(DeviceId id);

    Optional<Device> device(DeviceNumber number);

    /**
     * Loads the device and locks it until the transaction ends, so that everything that books
     * or changes one device happens one after the other.
     */
    Optional<Device> lock(DeviceId id);

    /** The devices of a site, by number. */
    List<Device> devicesAt(SiteCode siteCode);

    List<Device> devices();

    void save(Device device);
}
