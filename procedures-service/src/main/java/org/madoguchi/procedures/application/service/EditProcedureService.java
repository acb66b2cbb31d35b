package org.madoguchi.procedures.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.EditProcedureCommand;
import org.madoguchi.procedures.application.port.in.EditProcedureUseCase;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.StaleVersion;
import org.madoguchi.procedures.domain.model.UnknownDepartment;

/** Edits the details of procedures. */
@ApplicationScoped
class EditProcedureService implements EditProcedureUseCase {

    private final Procedures procedures;
    private final Departments departments;
    private final ProcedureHistory history;

    EditProcedureService(Procedures procedures, Departments departments, ProcedureHistory history) {
        this.procedures = procedures;
        this.departments = departments;
        this.history = history;
    }

    @Override
    @Transactional
    public Procedure edit(EditProcedureCommand command) {
        Procedure current = procedures.find(command.id())
                .orElseThrow(() -> new NotFound(NotFound.What.PROCEDURE, command.id().toString()));
        DepartmentCode owner = command.details().department();
        command.actor().requireMayMaintain(current.department());
        command.actor().requireMayMaintain(owner);
        StaleVersion.requireSame(command.expectedVersion(), current.version());
        if (!owner.equals(current.department())) {
            departments.find(owner).orElseThrow(() -> new UnknownDepartment(owner.value()));
        }
        if (current.changesTo(command.details()).isEmpty()) {
            return current;
        }
        return history.recordEdit(current, current.withDetails(command.details()), command.actor().author());
    }
}
