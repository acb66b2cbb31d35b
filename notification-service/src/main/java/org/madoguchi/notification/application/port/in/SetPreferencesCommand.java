package org.madoguchi.notification.application.port.in;

import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Preferences;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * The caller's preferences as they send them; every broken rule is reported at once: an email address has
 * one {@code @} with text on both sides, quiet hours have both ends or neither.
 */
public record SetPreferencesCommand(Actor actor, Preferences preferences) {

    public SetPreferencesCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(preferences, "preferences");
    }

    public static SetPreferencesCommand of(Actor actor, String language, String email, String messagingId,
                                           Map<NotificationKind, Set<Channel>> channels, LocalTime quietFrom,
                                           LocalTime quietUntil) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Optional<Language> chosen = Optional.empty();
        if (language != null && !language.isBlank()) {
            chosen = Language.ofTag(language);
            if (chosen.isEmpty()) {
                problems.add("language", "unknown-language", language);
            }
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            problems.add("email", "not-an-email-address");
        }
        if ((quietFrom == null) != (quietUntil == null)) {
            problems.add(quietFrom == null ? "quietHours.from" : "quietHours.until", "quiet-hours-need-both-ends");
        }
        problems.throwIfAny();
        return new SetPreferencesCommand(actor, new Preferences(actor.subject(), chosen,
                Optional.ofNullable(email).map(String::strip), Optional.ofNullable(messagingId).map(String::strip),
                channels == null ? Map.of() : channels, Optional.ofNullable(quietFrom), Optional.ofNullable(quietUntil)));
    }
}
