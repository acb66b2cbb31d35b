package org.madoguchi.procedures.domain.model;

import java.util.Objects;

/**
 * A procedure in a fiscal year's online-ization plan, with what became of it.
 *
 * @param code       its code, which orders the contents column
 * @param name       its name, for the contents column
 * @param department the owning department
 * @param outcome    what became of the plan
 */
public record PlannedProcedure(ProcedureCode code, String name, DepartmentCode department,
        PlanOutcome.Outcome outcome) {

    public PlannedProcedure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(outcome, "outcome");
    }
}
