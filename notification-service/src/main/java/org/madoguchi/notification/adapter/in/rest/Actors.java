package org.madoguchi.notification.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.CurrentCaller;
import org.madoguchi.platform.security.Roles;

/** The caller of this request as the notifications domain sees it. */
@ApplicationScoped
class Actors {

    private final CurrentCaller currentCaller;

    Actors(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    /** The caller, with what the permission rules read. */
    Actor current() {
        Caller caller = currentCaller.get();
        return new Actor(caller.subject(), caller.isCitizen(), caller.isStaff(), caller.department(),
                caller.hasRole(Roles.INFO_POLICY), caller.hasRole(Roles.OPS));
    }
}
