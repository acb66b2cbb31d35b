package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The disabling (無効措置) of the lost device is recorded already. */
public class DeviceAlreadyDisabled extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public DeviceAlreadyDisabled(DeviceNumber device) {
        super(Kind.CONFLICT, "device-already-disabled", device.label());
    }
}
