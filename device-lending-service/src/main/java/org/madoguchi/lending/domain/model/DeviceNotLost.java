package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** Only a device reported lost is disabled (無効措置). */
public class DeviceNotLost extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public DeviceNotLost(DeviceNumber device) {
        super(Kind.CONFLICT, "device-not-lost", device.label());
    }
}
