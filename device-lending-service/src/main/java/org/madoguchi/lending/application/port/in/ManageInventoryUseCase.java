package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;

import java.util.List;
import java.util.UUID;

/** 情報政策課 manages the inventory: sites, devices, moves and retirements. */
public interface ManageInventoryUseCase {

    Site registerSite(Site site, Actor actor);

    Device registerDevice(DeviceNumber number, String siteCode, Actor actor);

    Device moveDevice(UUID deviceId, String siteCode, Actor actor);

    Device retireDevice(UUID deviceId, Actor actor);

    /** Loads the seed inventory into an empty store; does nothing if any site exists. Returns the devices added. */
    int seed(List<SiteSeed> sites);

    /** A site of the seed data with the numbers of its devices. */
    record SiteSeed(Site site, List<DeviceNumber> devices) {
    }
}
