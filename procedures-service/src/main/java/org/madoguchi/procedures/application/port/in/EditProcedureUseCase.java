package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.Procedure;

/**
 * 手続きの変更: changes what is written about a procedure, unless someone else changed it since the
 * editor read it. Moving it to another department needs the right to maintain both.
 */
public interface EditProcedureUseCase {

    /** Stores the new details, records who changed which fields, and announces the change. */
    Procedure edit(EditProcedureCommand command);
}
