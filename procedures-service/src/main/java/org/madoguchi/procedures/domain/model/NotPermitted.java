package org.madoguchi.procedures.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The actor may not change what this department owns. */
public class NotPermitted extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private final DepartmentCode owner;

    public NotPermitted(DepartmentCode owner) {
        super(Kind.FORBIDDEN, "not-department-owner", owner.value());
        this.owner = owner;
    }

    public DepartmentCode owner() {
        return owner;
    }
}
