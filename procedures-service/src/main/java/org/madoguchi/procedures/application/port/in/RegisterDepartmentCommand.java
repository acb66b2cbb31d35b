package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;

/**
 * A department to add or correct.
 *
 * @param department the department as it should be
 * @param actor      who asks
 */
public record RegisterDepartmentCommand(Department department, Actor actor) {

    public RegisterDepartmentCommand {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(actor, "actor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static RegisterDepartmentCommand of(String code, String name, String nameEn, String division, Integer rank,
            Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        DepartmentCode[] parsed = new DepartmentCode[1];
        errors.check("code", () -> parsed[0] = new DepartmentCode(code));
        if (rank != null && rank < 0) {
            errors.add("rank", "out-of-range", 0, Integer.MAX_VALUE);
        }
        Department[] department = new Department[1];
        if (parsed[0] != null) {
            errors.check("", () -> department[0] = new Department(parsed[0], name, nameEn, division,
                    rank == null ? 1000 : rank));
        }
        errors.throwIfAny();
        return new RegisterDepartmentCommand(department[0], actor);
    }
}
