package org.madoguchi.lending.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** Another device already has this number. */
public class DuplicateDevice extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "duplicate-device";

    public DuplicateDevice(DeviceNumber number) {
        super(Kind.CONFLICT, CODE, List.of(number.label()), List.of(Violation.of("number", CODE, number.label())));
    }
}
