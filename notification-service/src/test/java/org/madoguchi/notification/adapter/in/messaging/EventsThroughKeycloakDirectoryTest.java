package org.madoguchi.notification.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.Topics;
import org.madoguchi.notification.Caller;
import org.madoguchi.notification.Inbox;
import org.madoguchi.notification.KeycloakStandIn;
import org.madoguchi.notification.SampleEvents;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The event consumers with the service's own directory adapter, as it ships ({@code KeycloakDirectory} against
 * {@link KeycloakStandIn}), not the in-memory directory the other tests give them: outside an HTTP request the
 * adapter works (no request context is needed) and keeps its service-account token across events.
 */
@QuarkusTest
@TestProfile(EventsThroughKeycloakDirectoryTest.ShippedDirectory.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class EventsThroughKeycloakDirectoryTest {

    /** The shipped directory: the tests' in-memory one left out. */
    public static class ShippedDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", "org.madoguchi.notification.TestDirectory$Producer");
        }
    }

    @Inject
    KeycloakStandIn keycloak;

    @Test
    void applicants_found_in_keycloak_are_told_in_their_language_with_one_service_account_token_for_every_event() {
        List<Caller> applicants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Caller applicant = Caller.citizen(i % 2 == 0 ? Language.EN : Language.JA);
            keycloak.addUser(applicant.subject(), applicant.email(), true,
                    Map.of("locale", applicant.language().tag()), "citizen");
            applicants.add(applicant);
        }

        for (Caller applicant : applicants) {
            SampleEvents.send(Topics.APPLICATIONS,
                    SampleEvents.submitted(UUID.randomUUID().toString(), applicant.subject(), "kenko-kosodate"));
        }

        for (Caller applicant : applicants) {
            Map<String, Object> item = Inbox.awaitItems(applicant, 1).get(0);
            assertThat(item).containsEntry("kind", "APPLICATION_RECEIVED")
                    .containsEntry("language", applicant.language().tag());
            assertThat(keycloak.adminCalls(KeycloakStandIn.REALM + "/users/" + applicant.subject())).hasSize(1);
        }
        assertThat(keycloak.grants()).hasSize(1).allSatisfy(grant ->
                assertThat(grant.grantType()).isEqualTo("client_credentials"));
    }
}
