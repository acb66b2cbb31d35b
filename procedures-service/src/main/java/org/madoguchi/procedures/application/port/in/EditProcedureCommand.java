package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.procedures.domain.model.Editor;
import org.madoguchi.procedures.domain.model.InvalidInput;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;

/**
 * New details of a procedure.
 *
 * @param id              the procedure
 * @param expectedVersion the version the editor read (If-Match)
 * @param details         the details as they should be
 * @param editor          who asks
 */
public record EditProcedureCommand(ProcedureId id, long expectedVersion, ProcedureDetails details, Editor editor) {

    public EditProcedureCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(editor, "editor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static EditProcedureCommand of(ProcedureId id, long expectedVersion, ProcedureInput input, Editor editor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ProcedureDetails details = input.toDetails(errors);
        errors.throwIfAny();
        return new EditProcedureCommand(id, expectedVersion, details, editor);
    }
}
