package org.madoguchi.notification.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.SetPreferencesCommand;
import org.madoguchi.notification.application.port.in.SetPreferencesUseCase;
import org.madoguchi.notification.application.port.out.StoredPreferences;
import org.madoguchi.notification.domain.model.Preferences;

/** Stores the caller's own preferences. */
@ApplicationScoped
class SetPreferencesService implements SetPreferencesUseCase {

    private final StoredPreferences preferences;

    SetPreferencesService(StoredPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    @Transactional
    public Preferences set(SetPreferencesCommand command) {
        preferences.save(command.preferences());
        return command.preferences();
    }
}
