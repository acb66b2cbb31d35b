package org.madoguchi.lending.application.port.in;

import java.time.Instant;
import java.util.Objects;

import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceOrSiteRequired;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * A booking request: a device, or a site whose first free device is assigned.
 *
 * @param borrower who books, and so borrows: the caller
 * @param deviceId the device, or {@code null} when a site is named
 * @param siteCode the site, or {@code null} when a device is named
 * @throws DeviceOrSiteRequired unless exactly one of device and site is named
 */
public record ReserveDeviceCommand(Borrower borrower, DeviceId deviceId, SiteCode siteCode, Period period,
                                   Purpose purpose, String note) {

    public ReserveDeviceCommand {
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(purpose, "purpose");
        requireDeviceOrSite(deviceId, siteCode);
    }

    /**
     * The request as a caller sends it, checked in the order the caller reads the answer: first that it names
     * a device or a site, then that it ends after it starts ({@code end}).
     */
    public static ReserveDeviceCommand of(Borrower borrower, DeviceId deviceId, SiteCode siteCode, Instant start,
                                          Instant end, Purpose purpose, String note) {
        requireDeviceOrSite(deviceId, siteCode);
        return new ReserveDeviceCommand(borrower, deviceId, siteCode, Period.of(start, end, "end"), purpose, note);
    }

    private static void requireDeviceOrSite(DeviceId deviceId, SiteCode siteCode) {
        if ((deviceId == null) == (siteCode == null || siteCode.value().isBlank())) {
            throw new DeviceOrSiteRequired();
        }
    }
}
