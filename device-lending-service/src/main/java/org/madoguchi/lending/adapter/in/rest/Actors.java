package org.madoguchi.lending.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.CurrentCaller;
import org.madoguchi.platform.security.Roles;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The caller of this request as the lending domain sees it. */
@ApplicationScoped
class Actors {

    private final CurrentCaller currentCaller;

    Actors(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    Actor current() {
        Caller caller = currentCaller.get();
        String name = Stream.of(caller.familyName().orElse(null), caller.givenName().orElse(null))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return new Actor(caller.subject(), name.isEmpty() ? caller.username() : name, caller.department().orElse(null),
                caller.managedSite(), caller.hasRole(Roles.LENDING_DESK), caller.hasRole(Roles.INFO_POLICY));
    }
}
