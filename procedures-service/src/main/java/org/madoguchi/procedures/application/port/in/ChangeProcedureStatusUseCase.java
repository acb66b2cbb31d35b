package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.Procedure;

/**
 * Moves a procedure along its online-ization: plan it for a fiscal year, record that it went online,
 * revise the plan with a reason, or record its abolition. The history keeps who did it and when.
 */
public interface ChangeProcedureStatusUseCase {

    /** Applies the change if the rules allow it from the current status, and announces it. */
    Procedure changeStatus(ChangeProcedureStatusCommand command);
}
