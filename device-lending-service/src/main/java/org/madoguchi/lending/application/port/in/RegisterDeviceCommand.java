package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.SiteCode;

/** A new device: its number and the site that keeps it. */
public record RegisterDeviceCommand(DeviceNumber number, SiteCode siteCode, Actor actor) {

    public RegisterDeviceCommand {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(actor, "actor");
    }
}
