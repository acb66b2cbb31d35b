package org.madoguchi.procedures.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** A department code that the registry does not know. */
public class UnknownDepartment extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "unknown-department";

    private final String departmentCode;

    public UnknownDepartment(String departmentCode) {
        super(Kind.UNPROCESSABLE, CODE, List.of(departmentCode),
                List.of(Violation.of("departmentCode", CODE, departmentCode)));
        this.departmentCode = departmentCode;
    }

    /** The department code asked for. */
    public String departmentCode() {
        return departmentCode;
    }
}
