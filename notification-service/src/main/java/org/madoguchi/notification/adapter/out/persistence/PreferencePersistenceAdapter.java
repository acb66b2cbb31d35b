package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.notification.application.port.out.StoredPreferences;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Preferences;

/** Preferences in PostgreSQL, one row per person. */
@ApplicationScoped
class PreferencePersistenceAdapter implements StoredPreferences {

    private final EntityManager em;

    PreferencePersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Preferences> of(String subject) {
        return Optional.ofNullable(em.find(PreferenceEntity.class, subject)).map(PreferencePersistenceAdapter::toDomain);
    }

    @Override
    public void save(Preferences p) {
        PreferenceEntity entity = em.find(PreferenceEntity.class, p.subject());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new PreferenceEntity();
            entity.subject = p.subject();
        }
        entity.language = p.language().map(Language::name).orElse(null);
        entity.email = p.email().orElse(null);
        entity.messagingId = p.messagingId().orElse(null);
        Map<String, List<String>> channels = new LinkedHashMap<>();
        p.channels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> channels.put(e.getKey().name(), e.getValue().stream().sorted().map(Channel::name).toList()));
        entity.channels = channels;
        entity.quietFrom = p.quietFrom().orElse(null);
        entity.quietUntil = p.quietUntil().orElse(null);
        entity.updatedAt = Instant.now();
        if (fresh) {
            em.persist(entity);
        }
    }

    private static Preferences toDomain(PreferenceEntity e) {
        Map<NotificationKind, Set<Channel>> channels = new EnumMap<>(NotificationKind.class);
        if (e.channels != null) {
            e.channels.forEach((kind, chosen) -> {
                Set<Channel> set = EnumSet.noneOf(Channel.class);
                chosen.forEach(c -> set.add(Channel.valueOf(c)));
                channels.put(NotificationKind.valueOf(kind), set);
            });
        }
        return new Preferences(e.subject, Optional.ofNullable(e.language).map(Language::valueOf),
                Optional.ofNullable(e.email), Optional.ofNullable(e.messagingId), channels,
                Optional.ofNullable(e.quietFrom), Optional.ofNullable(e.quietUntil));
    }
}
