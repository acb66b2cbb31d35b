package org.madoguchi.procedures.application.port.in;

import java.util.Objects;
import java.util.Optional;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;

/**
 * A department to add or correct.
 *
 * @param code     its code
 * @param name     Japanese name
 * @param nameEn   English name
 * @param division the 部 or office it belongs to, optional
 * @param rank     position in the organisational order, not negative; {@code null}: keep the one it has
 * @param actor    who asks
 */
public record RegisterDepartmentCommand(DepartmentCode code, String name, String nameEn, String division,
        Integer rank, Actor actor) {

    /** The rank of a new department given none: after every department ranked so far. */
    private static final int AFTER_ALL = 1000;

    public RegisterDepartmentCommand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(actor, "actor");
        InvalidInput.Collector errors = new InvalidInput.Collector();
        checkRank(rank, errors);
        errors.check("", () -> new Department(code, name, nameEn, division, AFTER_ALL));
        errors.throwIfAny();
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static RegisterDepartmentCommand of(String code, String name, String nameEn, String division, Integer rank,
            Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        DepartmentCode[] parsed = new DepartmentCode[1];
        errors.check("code", () -> parsed[0] = new DepartmentCode(code));
        RegisterDepartmentCommand[] command = new RegisterDepartmentCommand[1];
        if (parsed[0] == null) {
            checkRank(rank, errors);
        } else {
            errors.check("", () -> command[0] = new RegisterDepartmentCommand(parsed[0], name, nameEn, division, rank,
                    actor));
        }
        errors.throwIfAny();
        return command[0];
    }

    /** The department as it should be; without a rank, it keeps the rank it has ({@code before}), if any. */
    public Department department(Optional<Department> before) {
        int ranked = rank != null ? rank : before.map(Department::rank).orElse(AFTER_ALL);
        return new Department(code, name, nameEn, division, ranked);
    }

    private static void checkRank(Integer rank, InvalidInput.Collector errors) {
        if (rank != null && rank < 0) {
            errors.add("rank", "out-of-range", 0, Integer.MAX_VALUE);
        }
    }
}
