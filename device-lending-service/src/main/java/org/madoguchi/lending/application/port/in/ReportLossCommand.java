package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;

/** A loss report; the description says where and how, and may be empty. */
public record ReportLossCommand(DeviceId deviceId, Actor actor, String description) {

    public ReportLossCommand {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(actor, "actor");
    }
}
