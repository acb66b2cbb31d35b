package org.madoguchi.notification.application.port.in;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Preferences;

/** The caller's own preferences. */
public interface PreferenceQueries {

    /** What the caller chose; nothing chosen reads as the defaults. */
    Preferences of(Actor actor);
}
