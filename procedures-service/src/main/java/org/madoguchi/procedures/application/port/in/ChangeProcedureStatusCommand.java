package org.madoguchi.procedures.application.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.StatusChange;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * A status change of a procedure.
 *
 * @param id              the procedure
 * @param expectedVersion the version the editor read (If-Match)
 * @param change          what should happen
 * @param actor           who asks
 */
public record ChangeProcedureStatusCommand(ProcedureId id, long expectedVersion, StatusChange change, Actor actor) {

    public ChangeProcedureStatusCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * Builds the change from what the caller sent; the fields each status needs are checked here.
     *
     * @param status     the status to move to
     * @param fiscalYear for {@code PLANNED}: the fiscal year
     * @param on         for {@code COMPLETED} and {@code ABOLISHED}: the day
     * @param formId     for {@code COMPLETED}: the form, optional
     * @param reason     for {@code REVISED}: the reason
     * @param note       free text; required for the reason {@code OTHER}
     * @param today      today, the default day of a completion or abolition
     */
    public static StatusChange change(StatusKind status, String fiscalYear, LocalDate on, UUID formId,
            RevisionReason reason, String note, LocalDate today) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (status == null) {
            errors.add("status", "not-blank").throwIfAny();
        }
        StatusChange[] change = new StatusChange[1];
        switch (status) {
            case PLANNED -> {
                if (fiscalYear == null || fiscalYear.isBlank()) {
                    errors.add("fiscalYear", "not-blank");
                } else {
                    errors.check("fiscalYear", () -> change[0] = new StatusChange.Plan(FiscalYear.parse(fiscalYear)));
                }
            }
            case COMPLETED -> change[0] = new StatusChange.Complete(on == null ? today : on,
                    formId == null ? null : new FormId(formId));
            case REVISED -> {
                if (reason == null) {
                    errors.add("reason", "not-blank");
                } else if (reason == RevisionReason.OTHER && (note == null || note.isBlank())) {
                    errors.add("note", "revision-note-required");
                } else {
                    change[0] = new StatusChange.Revise(reason, note);
                }
            }
            case ABOLISHED -> change[0] = new StatusChange.Abolish(on == null ? today : on, note);
            case NOT_PLANNED -> errors.add("status", "status-not-settable");
        }
        errors.throwIfAny();
        return change[0];
    }
}
