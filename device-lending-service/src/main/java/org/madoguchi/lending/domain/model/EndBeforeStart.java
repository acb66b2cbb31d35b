package org.madoguchi.lending.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** A period that does not end after it starts; names the field that holds its end. */
public class EndBeforeStart extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "end-before-start";

    public EndBeforeStart(String endField) {
        super(Kind.INVALID, CODE, List.of(), List.of(Violation.of(endField, CODE)));
    }
}
