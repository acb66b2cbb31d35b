package org.madoguchi.procedures.application.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateDepartmentName;

/** {@link Departments} in memory, held to {@link DepartmentsContract} like the PostgreSQL adapter. */
public final class InMemoryDepartments implements Departments {

    private final Map<DepartmentCode, Department> byCode = new LinkedHashMap<>();

    @Override
    public Optional<Department> find(DepartmentCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public Optional<Department> findByName(String name) {
        return byCode.values().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    @Override
    public List<Department> all() {
        return byCode.values().stream()
                .sorted(Comparator.comparingInt(Department::rank).thenComparing(d -> d.code().value())).toList();
    }

    @Override
    public void save(Department department) {
        if (findByName(department.name()).filter(d -> !d.code().equals(department.code())).isPresent()) {
            throw new DuplicateDepartmentName(department.name());
        }
        byCode.put(department.code(), department);
    }
}
