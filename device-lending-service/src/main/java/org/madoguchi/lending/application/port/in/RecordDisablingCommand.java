package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;

/** The desk of the lost device's site records its disabling. */
public record RecordDisablingCommand(DeviceId deviceId, Actor desk) {

    public RecordDisablingCommand {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(desk, "desk");
    }
}
