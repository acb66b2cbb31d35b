package org.madoguchi.procedures.domain.model;

import java.util.Objects;

/**
 * Who made a change, as the history of procedures, the versions of forms and the events record it.
 *
 * @param subject  the stable id of the person (the token's subject)
 * @param username the name they signed in with
 */
public record Author(String subject, String username) {

    public Author {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
    }
}
