package org.madoguchi.notification.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.PreferenceQueries;
import org.madoguchi.notification.application.port.out.StoredPreferences;
import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Preferences;

@ApplicationScoped
class PreferenceQueryService implements PreferenceQueries {

    private final StoredPreferences preferences;

    PreferenceQueryService(StoredPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    @Transactional
    public Preferences of(Actor actor) {
        return preferences.of(actor.subject()).orElse(Preferences.none(actor.subject()));
    }
}
