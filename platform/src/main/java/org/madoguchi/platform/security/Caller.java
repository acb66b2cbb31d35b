package org.madoguchi.platform.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request, as the services need to know it: the token's subject and user
 * name, the realm roles, and for staff the department (課・室) and the site a lending desk manages.
 * REST adapters get it from {@link CurrentCaller}, which builds it per request from the validated bearer token.
 *
 * @param subject     the token's {@code sub}, stable across renames; empty for an anonymous caller
 * @param username    the principal's name ({@code preferred_username} for Keycloak tokens)
 * @param roles       realm roles, see {@link Roles}
 * @param department  claim {@code department}: the staff member's 課・室
 * @param managedSite claim {@code managed_site}: the site whose lending desk the staff member runs
 * @param familyName  claim {@code family_name}
 * @param givenName   claim {@code given_name}
 */
public record Caller(String subject, String username, Set<String> roles, Optional<String> department,
        Optional<String> managedSite, Optional<String> familyName, Optional<String> givenName) {

    private static final Caller ANONYMOUS = new Caller("", "", Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        department = Objects.requireNonNullElse(department, Optional.empty());
        managedSite = Objects.requireNonNullElse(managedSite, Optional.empty());
        familyName = Objects.requireNonNullElse(familyName, Optional.empty());
        givenName = Objects.requireNonNullElse(givenName, Optional.empty());
    }

    /** The caller of a request without credentials. */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return subject.isEmpty();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether the caller has any of the given roles. */
    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isStaff() {
        return hasRole(Roles.STAFF);
    }

    public boolean isCitizen() {
        return hasRole(Roles.CITIZEN);
    }
}
