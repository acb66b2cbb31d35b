package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;

/** The desk of the device's site restores it, with what the inspection found. */
public record RestoreDeviceCommand(DeviceId deviceId, Actor desk, String inspectionNote) {

    public RestoreDeviceCommand {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(desk, "desk");
    }
}
