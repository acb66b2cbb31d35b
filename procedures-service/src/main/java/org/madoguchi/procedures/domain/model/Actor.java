package org.madoguchi.procedures.domain.model;

import java.util.Objects;

/**
 * Who made a change, as the history keeps it.
 *
 * @param subject  the stable id of the person (the token's subject)
 * @param username the name they signed in with
 */
public record Actor(String subject, String username) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
    }

    /** The registry itself, e.g. when it loads seed data. */
    public static Actor system() {
        return new Actor("system", "system");
    }
}
