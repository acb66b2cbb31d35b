package org.madoguchi.notification.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a person: the language to write in, their email address and messaging-app id if known.
 * From their own preferences first, from the directory where they stored none.
 */
public record Contact(String subject, Language language, Optional<String> email, Optional<String> messagingId) {

    public Contact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        email = email == null ? Optional.empty() : email;
        messagingId = messagingId == null ? Optional.empty() : messagingId;
    }

    /** The contact of a person: what they stored wins over what the directory knows. */
    public static Contact of(Preferences preferences, Optional<DirectoryEntry> directory) {
        Language language = preferences.language()
                .or(() -> directory.flatMap(DirectoryEntry::language)).orElse(Language.JA);
        Optional<String> email = preferences.email().or(() -> directory.flatMap(DirectoryEntry::email));
        return new Contact(preferences.subject(), language, email, preferences.messagingId());
    }
}
