package org.madoguchi.procedures.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand;
import org.madoguchi.procedures.application.port.in.RegisterProcedureUseCase;
import org.madoguchi.procedures.domain.model.Procedure;

/** Registers procedures. */
@ApplicationScoped
class RegisterProcedureService implements RegisterProcedureUseCase {

    private final ProcedureRecorder recorder;

    RegisterProcedureService(ProcedureRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    @Transactional
    public Procedure register(RegisterProcedureCommand command) {
        command.actor().requireMayMaintain(command.details().department());
        recorder.requireDepartment(command.details().department());
        return recorder.register(command.code(), command.details(), command.plannedFor(), command.actor().author(),
                true);
    }
}
