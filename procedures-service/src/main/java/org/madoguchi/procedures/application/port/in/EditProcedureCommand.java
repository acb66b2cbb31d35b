package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;

/**
 * New details of a procedure.
 *
 * @param id              the procedure
 * @param expectedVersion the version the editor read (If-Match)
 * @param details         the details as they should be
 * @param actor           who asks
 */
public record EditProcedureCommand(ProcedureId id, long expectedVersion, ProcedureDetails details, Actor actor) {

    public EditProcedureCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(actor, "actor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static EditProcedureCommand of(ProcedureId id, long expectedVersion,
            RegisterProcedureCommand.ProcedureInput input, Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ProcedureDetails details = input.toDetails(errors);
        errors.throwIfAny();
        return new EditProcedureCommand(id, expectedVersion, details, actor);
    }
}
