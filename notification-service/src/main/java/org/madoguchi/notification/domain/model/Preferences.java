package org.madoguchi.notification.domain.model;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 通知設定: what a person chose for their notifications: the language, the address and messaging-app id to use
 * instead of the directory's, the channels per kind, and their own quiet hours. Kinds not chosen get
 * {@link NotificationKind#defaultChannels()}. The inbox always receives; urgent kinds always reach the inbox
 * and email, whatever is chosen.
 *
 * @param subject     whose preferences
 * @param language    the language to write in, if chosen
 * @param email       the address to use, if given
 * @param messagingId the messaging-app user id (LINE userId), if linked
 * @param channels    the channels chosen per kind
 * @param quietFrom   start of their own quiet hours, if set (with {@code quietUntil})
 * @param quietUntil  end of their own quiet hours, if set
 */
public record Preferences(String subject, Optional<Language> language, Optional<String> email,
                          Optional<String> messagingId, Map<NotificationKind, Set<Channel>> channels,
                          Optional<LocalTime> quietFrom, Optional<LocalTime> quietUntil) {

    public Preferences {
        Objects.requireNonNull(subject, "subject");
        language = language == null ? Optional.empty() : language;
        email = email == null ? Optional.empty() : email.filter(e -> !e.isBlank());
        messagingId = messagingId == null ? Optional.empty() : messagingId.filter(e -> !e.isBlank());
        Map<NotificationKind, Set<Channel>> copy = new EnumMap<>(NotificationKind.class);
        if (channels != null) {
            channels.forEach((kind, chosen) -> copy.put(kind, chosen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(chosen))));
        }
        channels = Map.copyOf(copy);
        quietFrom = quietFrom == null ? Optional.empty() : quietFrom;
        quietUntil = quietUntil == null ? Optional.empty() : quietUntil;
        if (quietFrom.isPresent() != quietUntil.isPresent()) {
            throw new IllegalArgumentException("quiet hours need both their start and their end");
        }
    }

    /** Someone who chose nothing yet. */
    public static Preferences none(String subject) {
        return new Preferences(subject, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                Optional.empty(), Optional.empty());
    }

    /** The channels a notification of this kind goes out on for this person. */
    public Set<Channel> channelsFor(NotificationKind kind) {
        Set<Channel> result = EnumSet.of(Channel.INBOX);
        result.addAll(channels.getOrDefault(kind, kind.defaultChannels()));
        if (kind.urgent()) {
            result.add(Channel.EMAIL);
        }
        return result;
    }

    /** These preferences with email turned off for a kind: what the one-click unsubscribe does. */
    public Preferences withoutEmailFor(NotificationKind kind) {
        Map<NotificationKind, Set<Channel>> changed = new EnumMap<>(NotificationKind.class);
        changed.putAll(channels);
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        chosen.addAll(channels.getOrDefault(kind, kind.defaultChannels()));
        chosen.remove(Channel.EMAIL);
        changed.put(kind, chosen);
        return new Preferences(subject, language, email, messagingId, changed, quietFrom, quietUntil);
    }

    /** The quiet hours for this person: their own, or the city's. */
    public QuietHours quietHours(QuietHours city) {
        return quietFrom.isPresent() ? city.withTimes(quietFrom.get(), quietUntil.orElseThrow()) : city;
    }
}
