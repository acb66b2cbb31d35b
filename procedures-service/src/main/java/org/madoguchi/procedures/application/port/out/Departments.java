package org.madoguchi.procedures.application.port.out;

import java.util.List;
import java.util.Optional;

import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;

/** The departments (課・室) the registry knows: they own procedures and forms. */
public interface Departments {

    Optional<Department> find(DepartmentCode code);

    /** The department with exactly this Japanese name, e.g. 林務水産課. */
    Optional<Department> findByName(String name);

    /** Every department, in the city's organisational order. */
    List<Department> all();

    /**
     * Adds a department or replaces the one with the same code.
     *
     * @throws org.madoguchi.procedures.domain.model.DuplicateDepartmentName when another department has its name
     */
    void save(Department department);
}
