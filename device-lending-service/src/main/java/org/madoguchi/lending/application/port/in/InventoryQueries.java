package org.madoguchi.lending.application.port.in;

import java.time.Instant;
import java.util.List;

import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/** What staff read of the inventory: sites, devices, what is free, each device's maintenance log. */
public interface InventoryQueries {

    /** Every site with its number of devices and how many are available now. */
    List<SiteSummary> sites();

    /** The site with this code; {@code UnknownSite} when there is none. */
    Site site(SiteCode siteCode);

    /** Devices of a site, or of every site when {@code siteCode} is null. */
    List<Device> devices(SiteCode siteCode);

    /** Devices of the site free for the whole of {@code [from, to)}; the window spans the longest report at most. */
    List<Device> freeDevices(SiteCode siteCode, Instant from, Instant to);

    /** The maintenance windows logged for a device, by start. */
    List<MaintenanceWindow> maintenanceLog(DeviceId deviceId);

    /** A site with its number of devices in service and how many of them are available now. */
    record SiteSummary(Site site, int devices, int available) {
    }
}
