package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * A booking request: a device, or a site whose first free device is assigned.
 *
 * @param borrower who books, and so borrows: the caller
 * @param deviceId the device, or {@code null} when a site is named
 * @param siteCode the site, or {@code null} when a device is named
 */
public record ReserveDeviceCommand(Borrower borrower, DeviceId deviceId, SiteCode siteCode, Period period,
                                   Purpose purpose, String note) {

    public ReserveDeviceCommand {
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(purpose, "purpose");
        if ((deviceId == null) == (siteCode == null || siteCode.value().isBlank())) {
            throw new IllegalArgumentException("name either a device or a site");
        }
    }
}
