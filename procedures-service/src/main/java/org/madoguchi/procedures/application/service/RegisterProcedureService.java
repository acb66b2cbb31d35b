package org.madoguchi.procedures.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand;
import org.madoguchi.procedures.application.port.in.RegisterProcedureUseCase;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateProcedureCode;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.UnknownDepartment;

/** Registers procedures. */
@ApplicationScoped
class RegisterProcedureService implements RegisterProcedureUseCase {

    private final Procedures procedures;
    private final Departments departments;
    private final ProcedureHistory history;

    RegisterProcedureService(Procedures procedures, Departments departments, ProcedureHistory history) {
        this.procedures = procedures;
        this.departments = departments;
        this.history = history;
    }

    @Override
    @Transactional
    public Procedure register(RegisterProcedureCommand command) {
        DepartmentCode department = command.details().department();
        command.actor().requireMayMaintain(department);
        departments.find(department).orElseThrow(() -> new UnknownDepartment(department.value()));
        if (procedures.findByCode(command.code()).isPresent()) {
            throw new DuplicateProcedureCode(command.code());
        }
        Procedure registered = Procedure.register(ProcedureId.random(), command.code(), command.details(),
                command.plannedFor());
        return history.recordRegistration(registered, command.actor().author());
    }
}
