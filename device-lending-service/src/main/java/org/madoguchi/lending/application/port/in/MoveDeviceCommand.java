package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.SiteCode;

/** A device to keep at another site from now on. */
public record MoveDeviceCommand(DeviceId deviceId, SiteCode siteCode, Actor actor) {

    public MoveDeviceCommand {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(actor, "actor");
    }
}
