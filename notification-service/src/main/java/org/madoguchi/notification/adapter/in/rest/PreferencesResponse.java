package org.madoguchi.notification.adapter.in.rest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Preferences;

/** The caller's preferences, and the channels each kind goes out on as a result (urgent kinds included). */
public record PreferencesResponse(String language, String email, String messagingId,
                                  Map<NotificationKind, Set<Channel>> chosen,
                                  Map<NotificationKind, Set<Channel>> effective,
                                  PreferencesRequest.QuietHoursRequest quietHours) {

    static PreferencesResponse of(Preferences p) {
        Map<NotificationKind, Set<Channel>> effective = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            effective.put(kind, p.channelsFor(kind));
        }
        return new PreferencesResponse(p.language().map(Language::tag).orElse(null), p.email().orElse(null),
                p.messagingId().orElse(null), p.channels(), effective,
                p.quietFrom().isPresent()
                        ? new PreferencesRequest.QuietHoursRequest(p.quietFrom().get(), p.quietUntil().orElseThrow())
                        : null);
    }
}
