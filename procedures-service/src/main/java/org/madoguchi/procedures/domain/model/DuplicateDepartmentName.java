package org.madoguchi.procedures.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** Another department already has this Japanese name: CSV lines name departments by it. */
public class DuplicateDepartmentName extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "duplicate-department-name";

    private final String name;

    public DuplicateDepartmentName(String name) {
        super(Kind.CONFLICT, CODE, List.of(name), List.of(Violation.of("name", CODE, name)));
        this.name = name;
    }

    public String name() {
        return name;
    }
}
