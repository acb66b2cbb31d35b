package org.madoguchi.procedures.application.service;

import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Editor;
import org.madoguchi.procedures.domain.model.NotPermitted;

/** Who may do what beyond maintaining their own department's records. */
final class Permissions {

    /** Stands for "the whole registry" when an action needs the procedure-admin role. */
    static final DepartmentCode WHOLE_REGISTRY = new DepartmentCode("registry");

    private Permissions() {
    }

    /** Throws {@link NotPermitted} unless the editor administers the whole registry. */
    static void requireAdministrator(Editor editor) {
        if (!editor.procedureAdmin()) {
            throw new NotPermitted(WHOLE_REGISTRY);
        }
    }
}
