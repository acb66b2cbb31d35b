package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.DirectoryEntry;
import org.madoguchi.notification.domain.model.Language;

/**
 * What {@link Directory} promises: a person by subject with their email and language, the members of a role of
 * a place, a person standing for themselves. Held against the in-memory fake and against the Keycloak adapter
 * with a local stand-in shaped like Keycloak's REST API ({@code KeycloakDirectoryTest}; not a real Keycloak).
 */
public abstract class DirectoryContract {

    /** The directory under test, holding the given people. */
    protected abstract Directory directoryWith(DirectoryEntry desk, DirectoryEntry infoPolicy, String site);

    @Test
    void a_person_reads_with_their_email_and_language_and_a_stranger_not_at_all() {
        String site = "site-" + UUID.randomUUID();
        DirectoryEntry desk = new DirectoryEntry(UUID.randomUUID().toString(), Optional.of("desk@example.jp"), Optional.of(Language.EN));
        DirectoryEntry info = new DirectoryEntry(UUID.randomUUID().toString(), Optional.empty(), Optional.empty());
        Directory directory = directoryWith(desk, info, site);

        assertThat(directory.person(desk.subject())).contains(desk);
        assertThat(directory.person(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void a_site_s_desk_and_the_information_policy_division_resolve_to_their_members_and_a_person_to_themselves() {
        String site = "site-" + UUID.randomUUID();
        DirectoryEntry desk = new DirectoryEntry(UUID.randomUUID().toString(), Optional.of("desk@example.jp"), Optional.empty());
        DirectoryEntry info = new DirectoryEntry(UUID.randomUUID().toString(), Optional.of("info@example.jp"), Optional.empty());
        Directory directory = directoryWith(desk, info, site);

        assertThat(directory.members(new Addressee.SiteDesk(site))).containsExactly(desk.subject());
        assertThat(directory.members(new Addressee.SiteDesk("site-" + UUID.randomUUID()))).isEmpty();
        assertThat(directory.members(new Addressee.InformationPolicy())).contains(info.subject()).doesNotContain(desk.subject());
        assertThat(directory.members(new Addressee.Person("someone"))).containsExactly("someone");
    }
}
