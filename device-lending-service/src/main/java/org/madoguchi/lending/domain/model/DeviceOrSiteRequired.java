package org.madoguchi.lending.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** A booking names both a device and a site, or neither; it names exactly one of them. */
public class DeviceOrSiteRequired extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "device-or-site";

    public DeviceOrSiteRequired() {
        super(Kind.INVALID, CODE, List.of(), List.of(Violation.of("deviceId", CODE)));
    }
}
