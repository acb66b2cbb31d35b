package org.madoguchi.notification.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.UnsubscribeCommand;
import org.madoguchi.notification.application.port.in.UnsubscribeUseCase;
import org.madoguchi.notification.application.port.out.StoredPreferences;
import org.madoguchi.notification.application.port.out.UnsubscribeLinks;
import org.madoguchi.notification.domain.model.Preferences;
import org.madoguchi.notification.domain.model.UnsubscribeToken;

/** Turns email off for the kind and person a signed link names; following the link again changes nothing more. */
@ApplicationScoped
class UnsubscribeService implements UnsubscribeUseCase {

    private final StoredPreferences preferences;
    private final UnsubscribeLinks links;

    UnsubscribeService(StoredPreferences preferences, UnsubscribeLinks links) {
        this.preferences = preferences;
        this.links = links;
    }

    @Override
    @Transactional
    public UnsubscribeToken unsubscribe(UnsubscribeCommand command) {
        UnsubscribeToken token = links.verify(command.token());
        Preferences current = preferences.of(token.subject()).orElse(Preferences.none(token.subject()));
        preferences.save(current.withoutEmailFor(token.kind()));
        return token;
    }
}
