package org.madoguchi.procedures.adapter.in.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.CurrentCaller;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Viewer;

/** The caller of this request as the registry sees them: an actor for writes, a viewer for reads. */
@ApplicationScoped
class Actors {

    private final CurrentCaller currentCaller;

    Actors(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    /** The caller as an actor, with the department of their token when it is a well-formed code. */
    Actor current() {
        Caller caller = currentCaller.get();
        Optional<DepartmentCode> department = caller.department().filter(DepartmentCode::isWellFormed)
                .map(DepartmentCode::new);
        return new Actor(caller.subject(), caller.username(), caller.hasRole(Roles.PROCEDURE_ADMIN), caller.isStaff(),
                department);
    }

    /** Staff and procedure administrators see everything; everyone else sees what is public. */
    Viewer viewer() {
        Caller caller = currentCaller.get();
        return caller.hasAnyRole(Roles.STAFF, Roles.PROCEDURE_ADMIN) ? Viewer.STAFF : Viewer.PUBLIC;
    }
}
