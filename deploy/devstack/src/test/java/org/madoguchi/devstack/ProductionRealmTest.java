package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production realm is the development realm without the password grant, the sample users and the dev secrets. */
class ProductionRealmTest {

    static final JsonNode DEVELOPMENT = DevelopmentRealmTest.REALM;
    static final ProductionRealm.Result RESULT = ProductionRealm.of(DEVELOPMENT);
    static final JsonNode PRODUCTION = RESULT.realm();

    @Test
    void the_password_grant_client_is_gone_and_no_client_allows_the_password_grant() {
        assertThat(RESULT.removedClients()).containsExactly("madoguchi-cli");
        assertThat(clientIds(PRODUCTION)).doesNotContain("madoguchi-cli")
                .hasSize(DEVELOPMENT.path("clients").size() - 1);
        PRODUCTION.path("clients").forEach(c -> assertThat(c.path("directAccessGrantsEnabled").asBoolean()).isFalse());
    }

    @Test
    void every_sample_user_is_gone_and_the_notification_service_account_stays_with_its_grants() {
        assertThat(RESULT.removedUsers()).hasSize(12).contains("citizen1", "staff-choju", "desk-kokufu", "ops1");
        assertThat(PRODUCTION.path("users")).hasSize(1);
        JsonNode account = PRODUCTION.path("users").get(0);
        assertThat(account.path("serviceAccountClientId").asText()).isEqualTo("notification-service");
        assertThat(account.path("clientRoles").path("realm-management")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("view-users", "view-realm");
        assertThat(PRODUCTION.toString()).doesNotContain("\"password\"").doesNotContain("@example.com");
    }

    @Test
    void every_service_client_secret_becomes_a_placeholder_set_per_deployment() {
        for (String id : List.of("procedures-service", "applications-service", "device-lending-service",
                "notification-service", "gateway", "web")) {
            String variable = "MADOGUCHI_" + ProductionRealm.variableName(id) + "_CLIENT_SECRET";
            JsonNode client = client(PRODUCTION, id);
            assertThat(client.path("secret").asText()).isEqualTo("${" + variable + "}");
            assertThat(RESULT.variables()).contains(variable);
            assertThat(client.path("description").asText()).doesNotContain("${").doesNotContain("dev-secret");
        }
        assertThat(ProductionRealm.variableName("device-lending-service")).isEqualTo("DEVICE_LENDING_SERVICE");
        assertThat(PRODUCTION.toString()).doesNotContain("dev-secret-");
    }

    @Test
    void browser_clients_get_their_production_address_as_a_placeholder_instead_of_localhost() {
        for (String id : List.of("web", "ops-dashboard")) {
            String url = "${MADOGUCHI_" + ProductionRealm.variableName(id) + "_URL}";
            JsonNode client = client(PRODUCTION, id);
            assertThat(texts(client.path("redirectUris")))
                    .containsExactly(url + (id.equals("web") ? "/auth/callback" : "/*"));
            assertThat(texts(client.path("webOrigins"))).containsExactlyInAnyOrder("+", url);
        }
        assertThat(client(PRODUCTION, "web").path("description").asText())
                .startsWith("Citizen and staff web console").contains("MADOGUCHI_WEB_CLIENT_SECRET");
        assertThat(RESULT.variables()).contains("MADOGUCHI_WEB_URL", "MADOGUCHI_OPS_DASHBOARD_URL")
                .doesNotContain("MADOGUCHI_MOBILE_URL");
        assertThat(PRODUCTION.toString()).doesNotContain("localhost");
    }

    @Test
    void the_native_app_keeps_its_private_use_scheme_and_loopback_redirects() {
        JsonNode mobile = client(PRODUCTION, "mobile");

        assertThat(texts(mobile.path("redirectUris")))
                .containsExactly("org.madoguchi.mobile:/oauth2redirect", "http://127.0.0.1/*");
        assertThat(texts(mobile.path("webOrigins"))).containsExactly("+");
    }

    @Test
    void roles_mappers_user_profile_and_realm_settings_are_kept_as_they_are() {
        assertThat(PRODUCTION.path("roles")).isEqualTo(DEVELOPMENT.path("roles"));
        assertThat(PRODUCTION.path("components")).isEqualTo(DEVELOPMENT.path("components"));
        assertThat(PRODUCTION.path("localizationTexts")).isEqualTo(DEVELOPMENT.path("localizationTexts"));
        for (String id : List.of("web", "mobile", "ops-dashboard", "gateway")) {
            assertThat(client(PRODUCTION, id).path("protocolMappers")).as(id)
                    .isEqualTo(client(DEVELOPMENT, id).path("protocolMappers"));
        }
        assertThat(PRODUCTION.path("sslRequired")).isEqualTo(DEVELOPMENT.path("sslRequired"));
        assertThat(PRODUCTION.path("bruteForceProtected").asBoolean()).isTrue();
    }

    @Test
    void every_string_of_the_production_realm_fits_keycloaks_columns_too() {
        assertThat(RealmStrings.inShortColumns(PRODUCTION)).filteredOn(s -> s.length() > RealmStrings.LONGEST)
                .isEmpty();
    }

    @Test
    void the_development_realm_is_left_unchanged() {
        assertThat(DevelopmentRealmTest.client("madoguchi-cli")).isNotNull();
        assertThat(DEVELOPMENT).isEqualTo(RealmFile.read(DevelopmentRealmTest.FILE));
    }

    @Test
    void a_person_who_is_not_marked_as_a_sample_stops_the_tool() {
        ObjectNode realm = DEVELOPMENT.deepCopy();
        ((ObjectNode) realm.path("users").get(0)).remove("attributes");

        assertThatThrownBy(() -> ProductionRealm.of(realm)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("citizen1").hasMessageContaining("neither a sample user");
    }

    @Test
    void a_dev_secret_left_anywhere_else_stops_the_tool() {
        ObjectNode realm = DEVELOPMENT.deepCopy();
        ((ObjectNode) realm.path("clients").get(0).path("attributes")).put("note", "dev-secret-gateway");

        assertThatThrownBy(() -> ProductionRealm.of(realm)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development secret");
    }

    @Test
    void main_writes_the_production_realm_file_that_reads_back_the_same(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("target/madoguchi-realm.production.json");

        ProductionRealm.main(new String[] {DevelopmentRealmTest.FILE.toString(), output.toString()});

        assertThat(RealmFile.read(output)).isEqualTo(PRODUCTION);
        assertThat(Files.readString(output)).contains("\"realm\": \"madoguchi\"").contains("職員情報").endsWith("}\n");
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        ((ArrayNode) array).forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
