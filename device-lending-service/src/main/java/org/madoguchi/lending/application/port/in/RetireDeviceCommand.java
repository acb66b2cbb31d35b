package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;

/** A device to take out of the inventory for good. */
public record RetireDeviceCommand(DeviceId deviceId, Actor actor) {

    public RetireDeviceCommand {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(actor, "actor");
    }
}
