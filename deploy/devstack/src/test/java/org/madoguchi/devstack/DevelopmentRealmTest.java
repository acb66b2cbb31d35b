package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The development realm file holds what the suite and its sample users need, and Keycloak can import it. */
class DevelopmentRealmTest {

    static final Path FILE = Path.of("../keycloak/madoguchi-realm.json");
    static final JsonNode REALM = RealmFile.read(FILE);

    @Test
    void every_string_keycloak_keeps_in_a_varchar_255_column_fits() {
        List<RealmStrings.Located> strings = RealmStrings.inShortColumns(REALM);

        assertThat(strings).extracting(RealmStrings.Located::path)
                .contains("clients[0].description", "clients[1].redirectUris[0]", "users[0].email",
                        "roles.realm[0].description");
        assertThat(strings).filteredOn(s -> s.length() > RealmStrings.LONGEST).isEmpty();
    }

    @Test
    void the_length_check_finds_a_client_description_keycloak_would_refuse() {
        ObjectNode broken = REALM.deepCopy();
        ((ObjectNode) broken.path("clients").get(4)).put("description", "説".repeat(256));

        assertThat(RealmStrings.inShortColumns(broken)).filteredOn(s -> s.length() > RealmStrings.LONGEST)
                .extracting(RealmStrings.Located::path).containsExactly("clients[4].description");
    }

    @Test
    void the_realm_roles_are_exactly_the_six_of_the_suite() {
        assertThat(REALM.path("roles").path("realm")).extracting(r -> r.path("name").asText())
                .containsExactlyInAnyOrder("citizen", "staff", "procedure-admin", "lending-desk", "info-policy", "ops");
    }

    @Test
    void every_user_but_the_service_accounts_is_a_sample_user_with_the_sample_password() {
        List<JsonNode> people = users(u -> !RealmFile.isServiceAccount(u));

        assertThat(people).hasSize(12).allMatch(RealmFile::isSampleUser);
        assertThat(people).allSatisfy(u -> {
            assertThat(u.path("credentials")).hasSize(1);
            assertThat(u.path("credentials").get(0).path("value").asText()).isEqualTo("madoguchi");
            assertThat(u.path("email").asText()).endsWith("@example.com");
        });
        assertThat(users(u -> true)).filteredOn(RealmFile::isServiceAccount)
                .extracting(u -> u.path("username").asText()).containsExactly("service-account-notification-service");
    }

    @Test
    void every_role_the_gateway_issue_names_has_a_sample_user() {
        assertThat(usernames(u -> roles(u).contains("citizen"))).contains("citizen1", "citizen2", "citizen-en");
        assertThat(usernames(u -> roles(u).contains("staff") && "choju-shakai".equals(attribute(u, "department"))))
                .contains("staff-choju");
        assertThat(usernames(u -> roles(u).contains("staff") && "gesuido-keiei".equals(attribute(u, "department"))))
                .contains("staff-gesuido");
        assertThat(usernames(u -> roles(u).contains("lending-desk") && "honchosha".equals(attribute(u, "managed_site"))
                && "joho-seisaku".equals(attribute(u, "department")))).contains("desk-honchosha");
        assertThat(usernames(u -> roles(u).contains("lending-desk") && "kokufu".equals(attribute(u, "managed_site"))
                && "kokufu-chiiki-shinko".equals(attribute(u, "department")))).contains("desk-kokufu");
        assertThat(usernames(u -> roles(u).contains("procedure-admin"))).contains("procadmin1");
        assertThat(usernames(u -> roles(u).contains("info-policy"))).contains("infopolicy1");
        assertThat(usernames(u -> roles(u).contains("ops"))).contains("ops1");
        for (JsonNode role : REALM.path("roles").path("realm")) {
            assertThat(usernames(u -> RealmFile.isSampleUser(u) && roles(u).contains(role.path("name").asText())))
                    .as("sample users with role %s", role.path("name").asText()).isNotEmpty();
        }
    }

    @Test
    void every_lending_desk_has_a_managed_site_and_every_member_of_staff_a_department() {
        assertThat(users(u -> roles(u).contains("lending-desk")))
                .allSatisfy(u -> assertThat(attribute(u, "managed_site")).isNotBlank());
        assertThat(users(u -> roles(u).contains("staff")))
                .allSatisfy(u -> assertThat(attribute(u, "department")).isNotBlank());
    }

    @Test
    void only_the_dev_and_test_cli_client_allows_the_password_grant() {
        assertThat(clients(c -> c.path("directAccessGrantsEnabled").asBoolean()))
                .extracting(c -> c.path("clientId").asText()).containsExactly("madoguchi-cli");
        JsonNode cli = client("madoguchi-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(cli.path("description").asText()).contains("DEV/TEST ONLY");
    }

    @Test
    void the_front_end_clients_are_public_and_use_the_authorization_code_flow_with_pkce() {
        for (String id : List.of("mobile", "ops-dashboard")) {
            JsonNode client = client(id);
            assertThat(client.path("publicClient").asBoolean()).as(id).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean()).as(id).isTrue();
            assertThat(client.path("implicitFlowEnabled").asBoolean()).as(id).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(id).isFalse();
            assertThat(client.has("secret")).as(id).isFalse();
            assertThat(client.path("attributes").path("pkce.code.challenge.method").asText()).as(id).isEqualTo("S256");
        }
    }

    @Test
    void the_web_console_is_a_confidential_client_the_gateway_signs_in_with_the_code_flow_and_pkce() {
        JsonNode web = client("web");
        assertThat(web.path("publicClient").asBoolean()).isFalse();
        assertThat(web.path("clientAuthenticatorType").asText()).isEqualTo("client-secret");
        // quarkus-oidc derives the key of its state cookie from a secret of at least 32 characters
        assertThat(web.path("secret").asText()).startsWith("dev-secret-").hasSizeGreaterThanOrEqualTo(32);
        assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(web.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(web.path("attributes").path("post.logout.redirect.uris").asText()).isEqualTo("+");
        // the gateway's callback on the loopback, any port (Keycloak ignores the port of a loopback redirect), and on
        // the development cluster's host (deploy/k8s/overlays/local)
        assertThat(web.path("redirectUris")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("http://localhost/auth/callback", "http://127.0.0.1/auth/callback",
                        "http://madoguchi.localhost/auth/callback");
        assertThat(web.path("webOrigins")).extracting(JsonNode::asText).containsExactly("+");
    }

    @Test
    void the_mobile_client_redirects_to_its_private_use_scheme_or_a_loopback_port() {
        assertThat(client("mobile").path("redirectUris")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("org.madoguchi.mobile:/oauth2redirect", "http://127.0.0.1/*");
    }

    @Test
    void the_service_clients_are_confidential_with_a_service_account_and_no_login_flow() {
        List<String> services = List.of("procedures-service", "applications-service", "device-lending-service",
                "notification-service", "gateway");
        assertThat(clients(c -> !c.path("publicClient").asBoolean() && c.path("serviceAccountsEnabled").asBoolean()))
                .extracting(c -> c.path("clientId").asText()).containsExactlyInAnyOrderElementsOf(services);
        assertThat(clients(c -> !c.path("publicClient").asBoolean())).extracting(c -> c.path("clientId").asText())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(services.stream(),
                        java.util.stream.Stream.of("web")).toList());
        for (String id : services) {
            JsonNode client = client(id);
            assertThat(client.path("clientAuthenticatorType").asText()).as(id).isEqualTo("client-secret");
            assertThat(client.path("secret").asText()).as(id).startsWith("dev-secret-");
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(id).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean()).as(id).isFalse();
            assertThat(client.path("redirectUris")).as(id).isEmpty();
        }
    }

    @Test
    void the_notification_service_account_may_read_users_and_the_members_of_realm_roles_and_nothing_more() {
        JsonNode account = users(u -> "notification-service".equals(u.path("serviceAccountClientId").asText())).get(0);

        // view-users reads a person and searches by attribute; listing a realm role's members
        // (GET /admin/realms/{realm}/roles/{role}/users) also needs view-realm, or Keycloak answers 403
        assertThat(account.path("clientRoles").path("realm-management")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("view-users", "view-realm");
        assertThat(account.path("realmRoles")).extracting(JsonNode::asText).containsExactly("default-roles-madoguchi");
    }

    @Test
    void every_client_that_signs_people_in_puts_the_api_audience_and_the_staff_claims_in_the_token() {
        for (JsonNode client : clients(c -> c.path("standardFlowEnabled").asBoolean()
                || c.path("directAccessGrantsEnabled").asBoolean())) {
            Map<String, String> mappers = new HashMap<>();
            client.path("protocolMappers").forEach(m -> mappers.put(m.path("name").asText(),
                    m.path("config").path("included.custom.audience").asText(m.path("config").path("claim.name")
                            .asText())));
            assertThat(mappers).as(client.path("clientId").asText()).containsEntry("audience-madoguchi-api",
                    "madoguchi-api").containsEntry("department", "department").containsEntry("managed_site",
                    "managed_site");
        }
    }

    @Test
    void the_sample_attribute_is_seen_and_set_by_administrators_only() throws Exception {
        JsonNode profile = new ObjectMapper().readTree(REALM.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").get(0).path("config")
                .path("kc.user.profile.config").get(0).asText());
        JsonNode sample = StreamSupport.stream(profile.path("attributes").spliterator(), false)
                .filter(a -> "sample".equals(a.path("name").asText())).findFirst().orElseThrow();

        assertThat(sample.path("permissions").path("view")).extracting(JsonNode::asText).containsExactly("admin");
        assertThat(sample.path("permissions").path("edit")).extracting(JsonNode::asText).containsExactly("admin");
    }

    static List<JsonNode> users(Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        REALM.path("users").forEach(u -> {
            if (which.test(u)) {
                found.add(u);
            }
        });
        return found;
    }

    private static List<String> usernames(Predicate<JsonNode> which) {
        return users(which).stream().map(u -> u.path("username").asText()).toList();
    }

    private static List<String> roles(JsonNode user) {
        List<String> roles = new ArrayList<>();
        user.path("realmRoles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private static String attribute(JsonNode user, String name) {
        return user.path("attributes").path(name).path(0).asText(null);
    }

    static List<JsonNode> clients(Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        REALM.path("clients").forEach(c -> {
            if (which.test(c)) {
                found.add(c);
            }
        });
        return found;
    }

    static JsonNode client(String clientId) {
        return clients(c -> clientId.equals(c.path("clientId").asText())).get(0);
    }
}
