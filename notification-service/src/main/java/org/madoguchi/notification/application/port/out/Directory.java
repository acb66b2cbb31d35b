package org.madoguchi.notification.application.port.out;

import java.util.List;
import java.util.Optional;

import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.DirectoryEntry;

/**
 * The city's user directory (Keycloak): who holds a role of a place, and how a person is reached when they
 * stored no preferences of their own.
 */
public interface Directory {

    /** What the directory says about a person; empty for an unknown subject. */
    Optional<DirectoryEntry> person(String subject);

    /** The subjects of the people an addressee stands for (a person stands for themselves). */
    List<String> members(Addressee addressee);
}
