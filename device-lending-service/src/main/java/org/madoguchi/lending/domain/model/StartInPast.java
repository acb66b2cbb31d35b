package org.madoguchi.lending.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** A booking starts now or later (give or take the policy's tolerance). */
public class StartInPast extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "start-in-past";

    public StartInPast() {
        super(Kind.INVALID, CODE, List.of(), List.of(Violation.of("start", CODE)));
    }
}
