package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.ChangeProcedureStatusCommand;
import org.madoguchi.procedures.application.port.in.ChangeProcedureStatusUseCase;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.StatusChange;

/** Moves procedures along their online-ization. */
@ApplicationScoped
class ChangeProcedureStatusService implements ChangeProcedureStatusUseCase {

    private final Procedures procedures;
    private final Forms forms;
    private final ProcedureHistory history;
    private final Clock clock;

    ChangeProcedureStatusService(Procedures procedures, Forms forms, ProcedureHistory history, Clock clock) {
        this.procedures = procedures;
        this.forms = forms;
        this.history = history;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Procedure changeStatus(ChangeProcedureStatusCommand command) {
        Procedure current = procedures.find(command.id())
                .orElseThrow(() -> new NotFound(NotFound.What.PROCEDURE, command.id().toString()));
        current.requireChangeableBy(command.actor(), command.expectedVersion());
        if (command.change() instanceof StatusChange.Complete complete && complete.form() != null) {
            Form form = forms.find(complete.form())
                    .orElseThrow(() -> new NotFound(NotFound.What.FORM, complete.form().toString()));
            command.actor().requireMayMaintain(form.department());
            if (!form.content().procedures().contains(current.id())) {
                throw InvalidInput.of("formId", "form-does-not-serve-procedure");
            }
        }
        Procedure moved = current.changeStatus(command.change(), LocalDate.now(clock));
        return history.recordStatusChange(current, moved, command.actor().author());
    }
}
