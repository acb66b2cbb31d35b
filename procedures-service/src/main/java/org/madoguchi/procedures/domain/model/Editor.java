package org.madoguchi.procedures.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A member of staff who asks to change the registry, with what decides what they may change:
 * 情報政策課 staff with the procedure-admin role maintain everything; other staff maintain the
 * procedures and forms of their own department.
 *
 * @param actor          who they are
 * @param procedureAdmin whether they administer the whole registry
 * @param staff          whether they are city staff
 * @param department     their 課・室 from the token; empty when the token has none
 */
public record Editor(Actor actor, boolean procedureAdmin, boolean staff, Optional<DepartmentCode> department) {

    public Editor {
        Objects.requireNonNull(actor, "actor");
        department = Objects.requireNonNullElse(department, Optional.empty());
    }

    /** Whether they may maintain what the given department owns. */
    public boolean mayMaintain(DepartmentCode owner) {
        return procedureAdmin || (staff && department.filter(owner::equals).isPresent());
    }

    /** Throws {@link NotPermitted} unless they may maintain what the given department owns. */
    public void requireMayMaintain(DepartmentCode owner) {
        if (!mayMaintain(owner)) {
            throw new NotPermitted(owner);
        }
    }
}
