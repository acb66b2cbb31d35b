package org.madoguchi.notification.application.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.DirectoryEntry;

/**
 * {@link Directory} in memory: people with their email and language, and the roles of places they hold. It
 * stands in for Keycloak in the tests (see {@code TestDirectory}); {@code DirectoryContract} holds it to the port.
 */
public final class InMemoryDirectory implements Directory {

    private final Map<String, DirectoryEntry> people = new ConcurrentHashMap<>();
    private final Map<Addressee, List<String>> members = new ConcurrentHashMap<>();

    /** Adds a person who holds the given roles of places. */
    public InMemoryDirectory add(DirectoryEntry person, Addressee... holds) {
        people.put(person.subject(), person);
        for (Addressee role : holds) {
            members.computeIfAbsent(role, r -> new ArrayList<>()).add(person.subject());
        }
        return this;
    }

    @Override
    public Optional<DirectoryEntry> person(String subject) {
        return Optional.ofNullable(people.get(subject));
    }

    @Override
    public List<String> members(Addressee addressee) {
        if (addressee instanceof Addressee.Person person) {
            return List.of(person.subject());
        }
        return List.copyOf(members.getOrDefault(addressee, List.of()));
    }
}
