package org.madoguchi.lending.application.port.out;

import java.util.List;

import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;

/** The inventory an empty store starts with: the city's sites and the numbers of their devices. */
public interface SeedInventory {

    /** The sites to seed; none when the service is to start empty. */
    List<SiteSeed> sites();

    /** A site of the seed data with the numbers of its devices. */
    record SiteSeed(Site site, List<DeviceNumber> devices) {
    }
}
