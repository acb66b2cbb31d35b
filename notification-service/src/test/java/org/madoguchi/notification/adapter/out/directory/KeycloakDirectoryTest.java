package org.madoguchi.notification.adapter.out.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.notification.KeycloakStandIn;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.application.port.out.Directory;
import org.madoguchi.notification.application.port.out.DirectoryContract;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.DirectoryEntry;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The {@link DirectoryContract} held against {@link KeycloakDirectory}, and how it uses Keycloak's admin API: the
 * paths it calls, the service account's client-credentials token, the user record's mapping, paging and the
 * cache. It runs against {@link KeycloakStandIn}, a local server shaped like Keycloak's REST API, not Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class KeycloakDirectoryTest extends DirectoryContract {

    @Inject
    KeycloakDirectory directory;

    @Inject
    KeycloakStandIn keycloak;

    @Inject
    @CacheName("directory-person")
    Cache people;

    @Inject
    @CacheName("directory-members")
    Cache members;

    @BeforeEach
    void forgetWhatWasCached() {
        people.invalidateAll().await().indefinitely();
        members.invalidateAll().await().indefinitely();
    }

    private static Map<String, String> attributes(Optional<Language> language, String... pairs) {
        Map<String, String> attributes = new HashMap<>();
        language.ifPresent(l -> attributes.put("locale", l.tag()));
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put(pairs[i], pairs[i + 1]);
        }
        return attributes;
    }

    @Override
    protected Directory directoryWith(DirectoryEntry desk, DirectoryEntry infoPolicy, String site) {
        keycloak.addUser(desk.subject(), desk.email().orElse(null), true,
                attributes(desk.language(), "managed_site", site, "department", "hoken-somu"), "staff", "lending-desk");
        keycloak.addUser(infoPolicy.subject(), infoPolicy.email().orElse(null), true,
                attributes(infoPolicy.language(), "department", "joho-seisaku"), "staff", "info-policy");
        return directory;
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }

    @Test
    void a_person_is_read_from_the_admin_api_as_the_service_account_with_a_client_credentials_token() {
        String subject = fresh();
        keycloak.addUser(subject, "hanako@example.jp", true, Map.of("locale", "en-GB"), "staff");

        assertThat(directory.person(subject))
                .contains(new DirectoryEntry(subject, Optional.of("hanako@example.jp"), Optional.of(Language.EN)));

        List<KeycloakStandIn.AdminCall> calls = keycloak.adminCalls(KeycloakStandIn.REALM + "/users/" + subject);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.bearer()).isNotNull();
            assertThat(keycloak.grants()).filteredOn(g -> call.bearer().equals(g.issued())).singleElement()
                    .satisfies(grant -> {
                        assertThat(grant.grantType()).isEqualTo("client_credentials");
                        assertThat(grant.clientId()).isEqualTo(KeycloakStandIn.CLIENT_ID);
                        assertThat(grant.clientAuthenticated()).isTrue();
                    });
        });
    }

    @Test
    void one_token_serves_many_calls_until_it_expires() {
        directory.person(fresh());
        int grantsBefore = keycloak.grants().size();

        for (int i = 0; i < 5; i++) {
            directory.person(fresh());
        }

        assertThat(keycloak.grants()).hasSize(grantsBefore);
    }

    @Test
    void a_locale_the_city_does_not_write_in_and_a_missing_email_read_as_not_set() {
        String subject = fresh();
        keycloak.addUser(subject, null, true, Map.of("locale", "fr"), "citizen");

        assertThat(directory.person(subject)).contains(new DirectoryEntry(subject, Optional.empty(), Optional.empty()));
    }

    @Test
    void a_person_is_asked_for_once_within_the_cache_s_time() {
        String subject = fresh();
        keycloak.addUser(subject, "before@example.jp", true, Map.of(), "staff");
        assertThat(directory.person(subject)).hasValueSatisfying(e -> assertThat(e.email()).contains("before@example.jp"));

        keycloak.changeEmail(subject, "after@example.jp");

        assertThat(directory.person(subject)).hasValueSatisfying(e -> assertThat(e.email()).contains("before@example.jp"));
        assertThat(keycloak.adminCalls(KeycloakStandIn.REALM + "/users/" + subject)).hasSize(1);
        people.invalidateAll().await().indefinitely();
        assertThat(directory.person(subject)).hasValueSatisfying(e -> assertThat(e.email()).contains("after@example.jp"));
        assertThat(keycloak.adminCalls(KeycloakStandIn.REALM + "/users/" + subject)).hasSize(2);
    }

    @Test
    void a_site_s_desk_is_the_enabled_lending_desk_members_who_manage_it_read_page_by_page() {
        String site = "site-" + fresh();
        String elsewhere = "site-" + fresh();
        for (int i = 0; i < 120; i++) {
            keycloak.addUser(fresh(), null, true, Map.of("managed_site", elsewhere), "staff", "lending-desk");
        }
        String onDuty = fresh();
        String disabled = fresh();
        keycloak.addUser(onDuty, "desk@example.jp", true, Map.of("managed_site", site), "staff", "lending-desk");
        keycloak.addUser(disabled, "left@example.jp", false, Map.of("managed_site", site), "staff", "lending-desk");
        keycloak.addUser(fresh(), null, true, Map.of("managed_site", site), "staff");

        assertThat(directory.members(new Addressee.SiteDesk(site))).containsExactly(onDuty);

        List<KeycloakStandIn.AdminCall> pages = keycloak.adminCalls(KeycloakStandIn.REALM + "/roles/lending-desk/users");
        assertThat(pages).extracting(call -> call.query().get("first")).containsSequence("0", "100");
        assertThat(pages).allSatisfy(call -> assertThat(call.query())
                .containsEntry("max", "100").containsEntry("briefRepresentation", "false"));
    }

    @Test
    void a_department_s_staff_are_the_enabled_users_with_its_department_attribute() {
        String department = "dept-" + fresh().substring(0, 8);
        String clerk = fresh();
        String disabled = fresh();
        keycloak.addUser(clerk, null, true, Map.of("department", department), "staff");
        keycloak.addUser(disabled, null, false, Map.of("department", department), "staff");
        keycloak.addUser(fresh(), null, true, Map.of("department", "other-" + department), "staff");

        assertThat(directory.members(new Addressee.DepartmentStaff(department))).containsExactly(clerk);

        assertThat(keycloak.adminCalls(KeycloakStandIn.REALM + "/users")).filteredOn(call -> call.path().endsWith("/users"))
                .last().satisfies(call -> assertThat(call.query()).containsEntry("q", "department:" + department)
                        .containsEntry("enabled", "true").containsEntry("first", "0"));
    }

    @Test
    void citizens_information_policy_and_all_staff_are_the_enabled_members_of_their_roles_and_cached() {
        String citizen = fresh();
        String formerCitizen = fresh();
        String info = fresh();
        keycloak.addUser(citizen, null, true, Map.of(), "citizen");
        keycloak.addUser(formerCitizen, null, false, Map.of(), "citizen");
        keycloak.addUser(info, null, true, Map.of(), "staff", "info-policy");

        assertThat(directory.members(new Addressee.Citizens())).contains(citizen).doesNotContain(formerCitizen, info);
        assertThat(directory.members(new Addressee.InformationPolicy())).contains(info).doesNotContain(citizen);
        assertThat(directory.members(new Addressee.AllStaff())).contains(info).doesNotContain(citizen);
        int calls = keycloak.adminCalls(KeycloakStandIn.REALM + "/roles/citizen/users").size();
        directory.members(new Addressee.Citizens());
        assertThat(keycloak.adminCalls(KeycloakStandIn.REALM + "/roles/citizen/users")).hasSize(calls);
    }
}
