package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.procedures.domain.model.Editor;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.InvalidInput;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;

/**
 * A procedure to register.
 *
 * @param code       its code
 * @param details    what staff write about it
 * @param plannedFor the fiscal year it is planned to go online; {@code null}: in no plan yet
 * @param editor     who asks
 */
public record RegisterProcedureCommand(ProcedureCode code, ProcedureDetails details, FiscalYear plannedFor,
        Editor editor) {

    public RegisterProcedureCommand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(editor, "editor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static RegisterProcedureCommand of(String code, ProcedureInput input, String plannedFor, Editor editor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ProcedureCode[] parsedCode = new ProcedureCode[1];
        errors.check("code", () -> parsedCode[0] = new ProcedureCode(code));
        ProcedureDetails details = input.toDetails(errors);
        FiscalYear[] fiscalYear = new FiscalYear[1];
        if (plannedFor != null && !plannedFor.isBlank()) {
            errors.check("plannedFiscalYear", () -> fiscalYear[0] = FiscalYear.parse(plannedFor));
        }
        errors.throwIfAny();
        return new RegisterProcedureCommand(parsedCode[0], details, fiscalYear[0], editor);
    }
}
