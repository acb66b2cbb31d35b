package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.Procedure;

/**
 * 手続きの登録: adds a procedure to the registry, in no plan or planned for a fiscal year. Procedure
 * administrators may register for any department, staff for their own.
 */
public interface RegisterProcedureUseCase {

    /** Registers the procedure and announces it; fails on an unknown department or a taken code. */
    Procedure register(RegisterProcedureCommand command);
}
