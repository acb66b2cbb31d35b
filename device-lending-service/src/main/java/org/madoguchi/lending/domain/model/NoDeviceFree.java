package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** No device of the site is free for the whole period asked. */
public class NoDeviceFree extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public NoDeviceFree(SiteCode site) {
        super(Kind.CONFLICT, "no-device-free", site.value());
    }
}
