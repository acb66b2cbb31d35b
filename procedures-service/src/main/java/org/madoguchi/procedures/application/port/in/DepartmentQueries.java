package org.madoguchi.procedures.application.port.in;

import java.util.List;

import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;

/** Reads the departments; they are public. */
public interface DepartmentQueries {

    /** Every department in the city's organisational order. */
    List<Department> all();

    /** One department; {@code NotFound} when it does not exist. */
    Department get(DepartmentCode code);
}
