package org.madoguchi.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.madoguchi.notification.application.port.out.Directory;
import org.madoguchi.notification.application.port.out.InMemoryDirectory;

/**
 * The directory the service reads in tests: {@link InMemoryDirectory}, which the tests fill with the people they
 * need. Keycloak itself is not started by the test suite; the Keycloak adapter is tested on its own against a
 * stand-in shaped like Keycloak's REST API ({@code KeycloakDirectoryTest}), and both pass {@code DirectoryContract}.
 */
public final class TestDirectory {

    public static final InMemoryDirectory PEOPLE = new InMemoryDirectory();

    private TestDirectory() {
    }

    public static class Producer {
        @Produces
        @Singleton
        @Alternative
        @Priority(1)
        Directory directory() {
            return PEOPLE;
        }
    }
}
