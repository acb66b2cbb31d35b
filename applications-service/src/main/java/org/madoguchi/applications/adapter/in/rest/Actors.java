package org.madoguchi.applications.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.CurrentCaller;
import org.madoguchi.platform.security.Roles;

/** The caller of this request as the applications domain sees it. */
@ApplicationScoped
class Actors {

    private final CurrentCaller currentCaller;

    Actors(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    /** The caller, with what the permission rules read; {@link Actor#anonymous()} without a token. */
    Actor current() {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous()) {
            return Actor.anonymous();
        }
        return new Actor(caller.subject(),
                caller.department().filter(DepartmentCode::isWellFormed).map(DepartmentCode::new),
                caller.isStaff(), caller.hasRole(Roles.INFO_POLICY));
    }
}
