package org.madoguchi.procedures.adapter.in.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.CurrentCaller;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.procedures.application.port.in.Viewer;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Editor;

/** The caller of a request as the use cases see them: a viewer, and for writes an editor. */
@ApplicationScoped
class Callers {

    private final CurrentCaller current;

    Callers(CurrentCaller current) {
        this.current = current;
    }

    /** Staff and procedure administrators see everything; everyone else sees what is public. */
    Viewer viewer() {
        Caller caller = current.get();
        return caller.hasAnyRole(Roles.STAFF, Roles.PROCEDURE_ADMIN) ? Viewer.STAFF : Viewer.PUBLIC;
    }

    /** The caller as an editor, with the department of their token when it is a well-formed code. */
    Editor editor() {
        Caller caller = current.get();
        Optional<DepartmentCode> department = caller.department().filter(DepartmentCode::isWellFormed)
                .map(DepartmentCode::new);
        return new Editor(new Actor(caller.subject(), caller.username()), caller.hasRole(Roles.PROCEDURE_ADMIN),
                caller.isStaff(), department);
    }
}
