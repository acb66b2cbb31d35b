package org.madoguchi.notification.adapter.in.rest;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.platform.text.SingleLine;

/**
 * The caller's preferences: {@code language} ({@code ja}, {@code en}), the email address and messaging-app id to
 * use, the channels per kind ({@code {"RETURN_REMINDER": ["INBOX", "MESSAGING"]}}) and their own quiet hours.
 */
public record PreferencesRequest(@SingleLine @Size(max = 10) String language,
                                 @SingleLine @Size(max = 254) String email,
                                 @SingleLine @Size(max = 100) String messagingId,
                                 Map<NotificationKind, Set<Channel>> channels,
                                 QuietHoursRequest quietHours) {

    /** Quiet hours as {@code HH:mm}, both or neither. */
    public record QuietHoursRequest(LocalTime from, LocalTime until) {
    }
}
