package org.madoguchi.lending.application.port.out;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.lending.domain.model.Department;
import org.madoguchi.lending.domain.model.DepartmentCode;

/** The department directory in memory, for tests of the use cases and queries without a database. */
public final class InMemoryDepartments implements Departments {

    private final Map<DepartmentCode, Department> departments = new LinkedHashMap<>();

    @Override
    public Optional<String> nameOf(DepartmentCode code) {
        return Optional.ofNullable(departments.get(code)).map(Department::name);
    }

    @Override
    public boolean addIfMissing(Department department) {
        return departments.putIfAbsent(department.code(), department) == null;
    }
}
