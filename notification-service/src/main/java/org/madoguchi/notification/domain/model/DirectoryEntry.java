package org.madoguchi.notification.domain.model;

import java.util.Objects;
import java.util.Optional;

/** What the city's user directory (Keycloak) says about a person: their email address and language, if set. */
public record DirectoryEntry(String subject, Optional<String> email, Optional<Language> language) {

    public DirectoryEntry {
        Objects.requireNonNull(subject, "subject");
        email = email == null ? Optional.empty() : email.filter(e -> !e.isBlank());
        language = language == null ? Optional.empty() : language;
    }
}
