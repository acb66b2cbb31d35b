package org.madoguchi.procedures.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks to change the registry, with what decides what they may change: 情報政策課 staff with the
 * procedure-admin role maintain everything; other staff maintain the procedures and forms of their own
 * department.
 *
 * @param subject        the stable id of the person (the token's subject)
 * @param username       the name they signed in with, as the history records it
 * @param procedureAdmin whether they administer the whole registry
 * @param staff          whether they are city staff
 * @param department     their 課・室 from the token; empty when the token has none
 */
public record Actor(String subject, String username, boolean procedureAdmin, boolean staff,
        Optional<DepartmentCode> department) {

    /** Stands for "the whole registry" when an action needs the procedure-admin role. */
    private static final DepartmentCode WHOLE_REGISTRY = new DepartmentCode("registry");

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        department = Objects.requireNonNullElse(department, Optional.empty());
    }

    /** The registry itself, e.g. when it loads seed data: it administers everything. */
    public static Actor system() {
        return new Actor("system", "system", true, true, Optional.empty());
    }

    /** Who they are, as the history and the events record a change they make. */
    public Author author() {
        return new Author(subject, username);
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

    /** Throws {@link NotPermitted} unless they administer the whole registry. */
    public void requireProcedureAdmin() {
        if (!procedureAdmin) {
            throw new NotPermitted(WHOLE_REGISTRY);
        }
    }
}
