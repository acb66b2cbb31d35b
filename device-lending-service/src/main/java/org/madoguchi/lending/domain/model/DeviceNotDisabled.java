package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** A lost device is disabled (無効措置) before it is restored to service. */
public class DeviceNotDisabled extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public DeviceNotDisabled(DeviceNumber device) {
        super(Kind.CONFLICT, "device-not-disabled", device.label());
    }
}
