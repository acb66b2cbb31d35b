package org.madoguchi.lending.application.port.out;

import java.util.List;

import org.madoguchi.lending.domain.model.Department;

/** The departments the directory starts with: the city's 課・室 with their codes and names. */
public interface SeedDepartments {

    /** The departments to seed; none when the directory is to be left as it is. */
    List<Department> departments();
}
