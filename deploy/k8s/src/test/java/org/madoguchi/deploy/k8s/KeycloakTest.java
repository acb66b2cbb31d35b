package org.madoguchi.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak under its operator: its own database, the public host of the overlay as the issuer, only /realms/ and
 * /resources/ exposed; and the realm, imported by a KeycloakRealmImport each overlay makes from a realm file with
 * deploy/k8s/realm-import.sh: the production one only from the production realm, its placeholders filled from the
 * city's Secrets.
 */
class KeycloakTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCRIPT = Repository.K8S.resolve("realm-import.sh");
    private static final Path DEVELOPMENT_REALM = Repository.HOME.resolve("deploy/keycloak/madoguchi-realm.json");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void keycloak_keeps_its_realm_in_its_own_database_and_exposes_only_its_public_paths(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        GenericKubernetesResource keycloak = overlay.generic("Keycloak").get(0);
        assertThat(keycloak.getApiVersion()).isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(Rendered.field(keycloak, "spec.db.vendor").asText()).isEqualTo("postgres");
        assertThat(Rendered.field(keycloak, "spec.db.host").asText()).isEqualTo("keycloak-db-rw");
        assertThat(Rendered.field(keycloak, "spec.db.database").asText()).isEqualTo("keycloak");
        assertThat(Rendered.field(keycloak, "spec.db.passwordSecret.name").asText()).isEqualTo("keycloak-db-app");
        assertThat(Rendered.field(keycloak, "spec.hostname.backchannelDynamic").asBoolean()).isTrue();
        assertThat(Rendered.field(keycloak, "spec.ingress.enabled").asBoolean(true)).as("the Ingress is ours").isFalse();
        assertThat(Rendered.field(keycloak, "spec.networkPolicy.enabled").asBoolean(true))
                .as("the operator's own policy would let every pod of the cluster in").isFalse();
        if (overlayName.equals("production")) {
            assertThat(Rendered.field(keycloak, "spec.instances").asInt()).isGreaterThanOrEqualTo(2);
        }

        Ingress ingress = overlay.require(Ingress.class, "keycloak");
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> assertThat(rule.getHttp().getPaths())
                .extracting(HTTPIngressPath::getPath).containsExactlyInAnyOrder("/realms/", "/resources/"));

        Environment notification = Environment.of(overlay.require(Deployment.class, "notification-service"), overlay);
        assertThat(notification.literal("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL"))
                .isEqualTo("http://" + keycloak.getMetadata().getName() + "-service:8080");
        assertThat(notification.secret("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET"))
                .isEqualTo(new Environment.FromSecret("keycloak-client-secrets", "notification-service", false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void no_overlay_carries_a_realm_with_sample_users_or_development_secrets(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        assertThat(overlay.generic("KeycloakRealmImport")).as("the realm is applied on its own (realm/)").isEmpty();
        String everything = Rendered.YAML.valueToTree(overlay.documents()).toString();
        assertThat(everything).doesNotContain("madoguchi-cli").doesNotContain("dev-secret-");
    }

    @Test
    void the_production_realm_import_names_the_keycloak_of_its_overlay_and_fills_every_placeholder_from_a_secret(
            @TempDir Path temp) throws IOException {
        Path realmDirectory = copyRealmDirectory("production", temp);
        Path realm = temp.resolve("production-realm.json");
        Files.writeString(realm, "{\"realm\": \"madoguchi\", \"clients\": []}", StandardCharsets.UTF_8);
        assertThat(run(SCRIPT.toString(), realm.toString(), realmDirectory.toString()).exit()).isZero();

        Rendered rendered = Kustomize.render(realmDirectory);
        Rendered production = Kustomize.overlay("production");
        GenericKubernetesResource realmImport = rendered.generic("KeycloakRealmImport").get(0);
        assertThat(Rendered.field(realmImport, "spec.keycloakCRName").asText())
                .isEqualTo(production.generic("Keycloak").get(0).getMetadata().getName());
        assertThat(realmImport.getMetadata().getNamespace())
                .isEqualTo(production.all(Namespace.class).get(0).getMetadata().getName());
        assertThat(Rendered.field(realmImport, "spec.realm.realm").asText()).isEqualTo("madoguchi");

        // the placeholders the production realm tool leaves (deploy/keycloak/README.md): a secret for each confidential
        // client of the development realm (the service accounts and the web console), the web and ops-dashboard
        // front-ends' addresses
        Set<String> expected = new TreeSet<>(Set.of("MADOGUCHI_WEB_URL", "MADOGUCHI_OPS_DASHBOARD_URL"));
        Map<String, String> clientSecret = new TreeMap<>();
        for (JsonNode client : JSON.readTree(DEVELOPMENT_REALM.toFile()).path("clients")) {
            if (!client.path("publicClient").asBoolean(false)) {
                String clientId = client.path("clientId").asText();
                String variable = "MADOGUCHI_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
                expected.add(variable);
                clientSecret.put(variable, clientId);
            }
        }
        JsonNode placeholders = Rendered.field(realmImport, "spec.placeholders");
        Set<String> names = new TreeSet<>();
        placeholders.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(expected);
        clientSecret.forEach((variable, clientId) -> assertThat(placeholders.path(variable).path("secret"))
                .as(variable).isEqualTo(JSON.createObjectNode().put("name", "keycloak-client-secrets").put("key", clientId)));
        Secret urls = rendered.require(Secret.class, "keycloak-realm-urls");
        assertThat(urls.getData()).containsOnlyKeys("web-url", "ops-dashboard-url");
        assertThat(new String(java.util.Base64.getDecoder().decode(urls.getData().get("web-url")), StandardCharsets.UTF_8))
                .startsWith("https://");
        assertThat(Secrets.MADE_BY_THE_CITY.get("keycloak-client-secrets")).containsAll(clientSecret.values());
    }

    @Test
    void the_production_overlay_refuses_the_development_realm(@TempDir Path temp) throws IOException {
        Path realmDirectory = copyRealmDirectory("production", temp);
        Result result = run(SCRIPT.toString(), DEVELOPMENT_REALM.toString(), realmDirectory.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("password-grant client or sample users");
        assertThat(realmDirectory.resolve("realm.json")).doesNotExist();
    }

    @Test
    void the_development_cluster_imports_the_development_realm(@TempDir Path temp) throws IOException {
        Path realmDirectory = copyRealmDirectory("local", temp);
        assertThat(run(SCRIPT.toString(), DEVELOPMENT_REALM.toString(), realmDirectory.toString()).exit()).isZero();
        GenericKubernetesResource realmImport = Kustomize.render(realmDirectory).generic("KeycloakRealmImport").get(0);
        JsonNode realm = Rendered.field(realmImport, "spec.realm");
        assertThat(realm).isEqualTo(JSON.readTree(DEVELOPMENT_REALM.toFile()));
        assertThat(realmImport.getMetadata().getNamespace()).isEqualTo("madoguchi-local");
    }

    /** The overlay's realm/ directory copied to {@code <temp>/<overlay>/realm}, where the script may write. */
    private static Path copyRealmDirectory(String overlayName, Path temp) throws IOException {
        Path source = Repository.overlay(overlayName).resolve("realm");
        Path target = temp.resolve(overlayName).resolve("realm");
        Files.createDirectories(target);
        for (String file : new String[]{"kustomization.yaml", "realm-import.yaml"}) {
            Files.copy(source.resolve(file), target.resolve(file));
        }
        return target;
    }

    record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
