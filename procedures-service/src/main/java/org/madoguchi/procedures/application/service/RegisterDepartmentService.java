package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.RegisterDepartmentCommand;
import org.madoguchi.procedures.application.port.in.RegisterDepartmentUseCase;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DuplicateDepartmentName;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;

/** Adds and corrects departments. */
@ApplicationScoped
class RegisterDepartmentService implements RegisterDepartmentUseCase {

    private final Departments departments;
    private final Procedures procedures;
    private final SearchDocuments search;

    RegisterDepartmentService(Departments departments, Procedures procedures, SearchDocuments search) {
        this.departments = departments;
        this.procedures = procedures;
        this.search = search;
    }

    @Override
    @Transactional
    public Department register(RegisterDepartmentCommand command) {
        command.actor().requireProcedureAdmin();
        Optional<Department> before = departments.find(command.code());
        Department department = command.department(before);
        if (departments.findByName(department.name()).filter(d -> !d.code().equals(department.code())).isPresent()) {
            throw new DuplicateDepartmentName(department.name());
        }
        departments.save(department);
        boolean renamed = before.isPresent() && (!before.get().name().equals(department.name())
                || !before.get().nameEn().equals(department.nameEn()));
        if (renamed) {
            List<ProcedureId> owned = procedures.idsOwnedBy(department.code());
            for (int from = 0; from < owned.size(); from += 500) {
                List<Procedure> chunk = new ArrayList<>(
                        procedures.findAll(owned.subList(from, Math.min(owned.size(), from + 500))).values());
                search.reindex(chunk);
            }
        }
        return department;
    }
}
