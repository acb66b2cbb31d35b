package org.madoguchi.procedures.application.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.DepartmentQueries;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.NotFound;

/** Reads the departments. */
@ApplicationScoped
class DepartmentQueryService implements DepartmentQueries {

    private final Departments departments;

    DepartmentQueryService(Departments departments) {
        this.departments = departments;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> all() {
        return departments.all();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Department get(DepartmentCode code) {
        return departments.find(code).orElseThrow(() -> new NotFound(NotFound.What.DEPARTMENT, code.value()));
    }
}
