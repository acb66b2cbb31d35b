package org.madoguchi.notification.application.port.out;

import java.util.Optional;

import org.madoguchi.notification.domain.model.Preferences;

/** What each person chose for their notifications. */
public interface StoredPreferences {

    Optional<Preferences> of(String subject);

    /** Stores them, replacing what the person chose before. */
    void save(Preferences preferences);
}
