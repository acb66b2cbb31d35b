package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** A loss or fault is reported by whoever holds the device, or by the lending desk of its site. */
public class NotHolder extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public NotHolder(DeviceNumber device) {
        super(Kind.FORBIDDEN, "not-holder", device.label());
    }
}
