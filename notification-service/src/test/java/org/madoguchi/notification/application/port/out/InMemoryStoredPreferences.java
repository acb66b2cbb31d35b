package org.madoguchi.notification.application.port.out;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.madoguchi.notification.domain.model.Preferences;

/** {@link StoredPreferences} in memory. */
public final class InMemoryStoredPreferences implements StoredPreferences {

    private final Map<String, Preferences> stored = new ConcurrentHashMap<>();

    @Override
    public Optional<Preferences> of(String subject) {
        return Optional.ofNullable(stored.get(subject));
    }

    @Override
    public void save(Preferences preferences) {
        stored.put(preferences.subject(), preferences);
    }
}
