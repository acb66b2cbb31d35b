package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Preferences;

/** What {@link StoredPreferences} promises, in memory and on PostgreSQL alike. */
public abstract class StoredPreferencesContract extends OutPortContract {

    private StoredPreferences preferences() {
        return ports().preferences();
    }

    @Test
    void preferences_read_back_the_same_channels_addresses_and_quiet_hours() {
        String person = fresh("person");
        Preferences chosen = new Preferences(person, Optional.of(Language.EN), Optional.of("hanako@example.jp"),
                Optional.of("U1234"), Map.of(NotificationKind.RETURN_REMINDER, EnumSet.of(Channel.INBOX, Channel.MESSAGING),
                NotificationKind.ANNOUNCEMENT, Set.of()), Optional.of(LocalTime.of(21, 30)), Optional.of(LocalTime.of(6, 0)));

        inTransaction(() -> preferences().save(chosen));

        assertThat(inTransaction(() -> preferences().of(person))).contains(chosen);
        assertThat(inTransaction(() -> preferences().of(fresh("nobody")))).isEmpty();
    }

    @Test
    void saving_again_replaces_what_the_person_chose_before() {
        String person = fresh("person");
        inTransaction(() -> preferences().save(new Preferences(person, Optional.of(Language.EN), Optional.of("a@example.jp"),
                Optional.empty(), Map.of(NotificationKind.DEVICE_LOST, Set.of(Channel.MESSAGING)), Optional.empty(),
                Optional.empty())));
        Preferences plain = Preferences.none(person).withoutEmailFor(NotificationKind.RESERVATION_APPROVED);

        inTransaction(() -> preferences().save(plain));

        assertThat(inTransaction(() -> preferences().of(person))).contains(plain);
        assertThat(plain.channelsFor(NotificationKind.RESERVATION_APPROVED)).containsExactly(Channel.INBOX);
    }
}
