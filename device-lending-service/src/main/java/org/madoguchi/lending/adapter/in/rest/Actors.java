package org.madoguchi.lending.adapter.in.rest;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.CurrentCaller;
import org.madoguchi.platform.security.Roles;

/** The caller of this request as the lending domain sees it: as an actor, and as a borrower. */
@ApplicationScoped
class Actors {

    private final CurrentCaller currentCaller;

    Actors(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    /** The caller, with what the permission rules read. */
    Actor current() {
        Caller caller = currentCaller.get();
        return new Actor(caller.subject(), caller.managedSite().map(SiteCode::new), caller.hasRole(Roles.LENDING_DESK),
                caller.hasRole(Roles.INFO_POLICY));
    }

    /** The caller as the borrower of what they book: subject, name (family name first) and department. */
    Borrower borrower() {
        Caller caller = currentCaller.get();
        String name = Stream.of(caller.familyName().orElse(null), caller.givenName().orElse(null))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return new Borrower(caller.subject(), name.isEmpty() ? caller.username() : name, caller.department().orElse(null));
    }
}
