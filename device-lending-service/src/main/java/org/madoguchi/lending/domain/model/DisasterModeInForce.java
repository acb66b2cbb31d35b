package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** 災害モード is in force for the site then: it admits disaster-response bookings only. */
public class DisasterModeInForce extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public DisasterModeInForce() {
        super(Kind.CONFLICT, "disaster-mode-in-force");
    }
}
