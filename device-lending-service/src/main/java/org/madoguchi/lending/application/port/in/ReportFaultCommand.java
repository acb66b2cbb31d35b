package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;

/** A fault report; the description says what is wrong, and may be empty. */
public record ReportFaultCommand(DeviceId deviceId, Actor actor, String description) {

    public ReportFaultCommand {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(actor, "actor");
    }
}
