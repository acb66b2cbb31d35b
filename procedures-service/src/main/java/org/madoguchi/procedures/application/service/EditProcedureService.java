package org.madoguchi.procedures.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.EditProcedureCommand;
import org.madoguchi.procedures.application.port.in.EditProcedureUseCase;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.StaleVersion;

/** Edits the details of procedures. */
@ApplicationScoped
class EditProcedureService implements EditProcedureUseCase {

    private final Procedures procedures;
    private final ProcedureRecorder recorder;

    EditProcedureService(Procedures procedures, ProcedureRecorder recorder) {
        this.procedures = procedures;
        this.recorder = recorder;
    }

    @Override
    @Transactional
    public Procedure edit(EditProcedureCommand command) {
        Procedure current = procedures.find(command.id())
                .orElseThrow(() -> new NotFound(NotFound.What.PROCEDURE, command.id().toString()));
        command.actor().requireMayMaintain(current.department());
        command.actor().requireMayMaintain(command.details().department());
        StaleVersion.requireSame(command.expectedVersion(), current.version());
        if (!command.details().department().equals(current.department())) {
            recorder.requireDepartment(command.details().department());
        }
        return recorder.edit(current, command.details(), command.actor().author(), true);
    }
}
