package org.madoguchi.lending.application.port.out;

import java.util.Optional;

import org.madoguchi.lending.domain.model.Department;
import org.madoguchi.lending.domain.model.DepartmentCode;

/**
 * The city's departments (課・室) by code: what people read names a department by its name, not by the code
 * staff tokens carry. Read-only to the service's users; filled from the seed at start.
 */
public interface Departments {

    /** The Japanese name of the department with this code, if the directory knows it. */
    Optional<String> nameOf(DepartmentCode code);

    /** Adds the department unless its code is known already, which keeps its entry; returns whether it was added. */
    boolean addIfMissing(Department department);
}
