package org.madoguchi.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the objects of an overlay name: every Secret and ConfigMap exists (or an operator or the city makes it), every
 * selector selects what it is meant to, and nothing city-specific lives outside an overlay.
 */
class ReferencesTest {

    /** A reference to a Secret: which object names it, and the key it reads (null: the whole Secret). */
    record SecretReference(String by, String secret, String key) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void every_secret_an_object_names_is_declared_or_written_by_an_operator_or_made_by_the_city(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        Map<String, Set<String>> known = new LinkedHashMap<>(Secrets.madeByOperators(overlay));
        known.putAll(Secrets.MADE_BY_THE_CITY);
        overlay.all(Secret.class).forEach(s -> known.put(s.getMetadata().getName(),
                new TreeSet<>(s.getData() == null ? Set.of() : s.getData().keySet())));

        List<SecretReference> references = secretReferences(overlay);
        assertThat(references).isNotEmpty();
        assertThat(references).as("references to Secrets no one makes, or to keys they do not have")
                .filteredOn(r -> !known.containsKey(r.secret()) || r.key() != null && !known.get(r.secret()).contains(r.key()))
                .isEmpty();
    }

    @Test
    void the_operations_guide_tells_the_city_every_secret_it_creates_with_its_keys() {
        String guide = Repository.read(Repository.HOME.resolve("deploy/README.md"));
        Secrets.MADE_BY_THE_CITY.forEach((secret, keys) -> {
            assertThat(guide).as("deploy/README.md names the Secret").contains("`" + secret + "`");
            keys.forEach(key -> assertThat(guide).as("deploy/README.md names key %s of %s", key, secret).contains(key));
        });
    }

    static List<SecretReference> secretReferences(Rendered overlay) {
        List<SecretReference> references = new ArrayList<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            String by = "Deployment " + deployment.getMetadata().getName();
            deployment.getSpec().getTemplate().getSpec().getContainers().forEach(c -> {
                c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                        .forEach(e -> references.add(new SecretReference(by, e.getValueFrom().getSecretKeyRef().getName(),
                                e.getValueFrom().getSecretKeyRef().getKey())));
                c.getEnvFrom().stream().filter(e -> e.getSecretRef() != null)
                        .forEach(e -> references.add(new SecretReference(by, e.getSecretRef().getName(), null)));
            });
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    if (volume.getSecret().getItems().isEmpty()) {
                        references.add(new SecretReference(by, volume.getSecret().getSecretName(), null));
                    }
                    volume.getSecret().getItems().forEach(i ->
                            references.add(new SecretReference(by, volume.getSecret().getSecretName(), i.getKey())));
                }
            }
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                references.add(new SecretReference("Ingress " + ingress.getMetadata().getName(), tls.getSecretName(), "tls.crt"));
            }
        }
        for (GenericKubernetesResource keycloak : overlay.generic("Keycloak")) {
            String by = "Keycloak " + keycloak.getMetadata().getName();
            JsonNode db = Rendered.field(keycloak, "spec.db");
            references.add(new SecretReference(by, db.path("usernameSecret").path("name").asText(),
                    db.path("usernameSecret").path("key").asText()));
            references.add(new SecretReference(by, db.path("passwordSecret").path("name").asText(),
                    db.path("passwordSecret").path("key").asText()));
            references.add(new SecretReference(by, Rendered.field(keycloak, "spec.bootstrapAdmin.user.secret").asText(), "username"));
            references.add(new SecretReference(by, Rendered.field(keycloak, "spec.bootstrapAdmin.user.secret").asText(), "password"));
        }
        for (GenericKubernetesResource store : overlay.generic("ObjectStore")) {
            JsonNode credentials = Rendered.field(store, "spec.configuration.s3Credentials");
            credentials.fields().forEachRemaining(e -> references.add(new SecretReference(
                    "ObjectStore " + store.getMetadata().getName(), e.getValue().path("name").asText(),
                    e.getValue().path("key").asText())));
        }
        for (GenericKubernetesResource realmImport : overlay.generic("KeycloakRealmImport")) {
            Rendered.field(realmImport, "spec.placeholders").fields().forEachRemaining(e -> references.add(new SecretReference(
                    "KeycloakRealmImport placeholder " + e.getKey(), e.getValue().path("secret").path("name").asText(),
                    e.getValue().path("secret").path("key").asText())));
        }
        return references;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void every_config_map_a_deployment_names_is_rendered(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        for (Deployment deployment : overlay.all(Deployment.class)) {
            deployment.getSpec().getTemplate().getSpec().getContainers().forEach(c -> c.getEnvFrom().stream()
                    .filter(e -> e.getConfigMapRef() != null)
                    .forEach(e -> assertThat(overlay.named(ConfigMap.class, e.getConfigMapRef().getName()))
                            .as("ConfigMap %s of %s", e.getConfigMapRef().getName(), deployment.getMetadata().getName())
                            .isPresent()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void every_selector_selects_the_pods_it_is_meant_for(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        List<Deployment> deployments = overlay.all(Deployment.class);
        for (Deployment deployment : deployments) {
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).as("the pods of %s carry the labels its selector selects", deployment.getMetadata().getName())
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(deployment.getSpec().getSelector().getMatchExpressions()).isEmpty();
        }
        for (Service service : overlay.all(Service.class)) {
            assertThat(deployments).as("Deployments whose pods Service %s selects", service.getMetadata().getName())
                    .filteredOn(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                            .containsAll(service.getSpec().getSelector().entrySet()))
                    .extracting(d -> d.getMetadata().getName())
                    .containsExactly(service.getMetadata().getName());
            Deployment target = overlay.require(Deployment.class, service.getMetadata().getName());
            service.getSpec().getPorts().forEach(p -> assertThat(target.getSpec().getTemplate().getSpec().getContainers()
                    .get(0).getPorts()).as("container port %s", p.getTargetPort().getStrVal())
                    .anyMatch(c -> c.getName().equals(p.getTargetPort().getStrVal())));
        }
        for (PodDisruptionBudget budget : overlay.all(PodDisruptionBudget.class)) {
            assertThat(deployments).filteredOn(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                            .containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()))
                    .extracting(d -> d.getMetadata().getName())
                    .containsExactly(budget.getMetadata().getName());
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                IngressBackend backend = path.getBackend();
                String name = backend.getService().getName();
                if (name.equals(keycloakService(overlay))) {
                    assertThat(backend.getService().getPort().getNumber()).isEqualTo(8080);
                } else {
                    Service service = overlay.require(Service.class, name);
                    assertThat(service.getSpec().getPorts()).anyMatch(p -> p.getName().equals(backend.getService().getPort().getName()));
                }
            }));
        }
    }

    /** The Service the Keycloak operator makes for the Keycloak resource: {@code <name>-service}, HTTP on 8080. */
    static String keycloakService(Rendered overlay) {
        return overlay.generic("Keycloak").get(0).getMetadata().getName() + "-service";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void the_gateway_routes_to_each_service_at_its_service_and_port(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        ServiceConfiguration gateway = ServiceConfiguration.of("gateway");
        Environment environment = Environment.of(overlay.require(Deployment.class, "gateway"), overlay);
        for (String upstream : List.of("procedures", "applications", "lending", "notification")) {
            // the devstack default (http://localhost:<port>) names the service by its port
            int port = Integer.parseInt(gateway.require("madoguchi.gateway.upstreams." + upstream + ".url").replaceAll(".*:", ""));
            String module = Suite.SERVICES.stream().filter(m -> ServiceConfiguration.of(m).httpPort() == port).findFirst()
                    .orElseThrow();
            assertThat(environment.literal(ServiceConfiguration.environmentName("madoguchi.gateway.upstreams." + upstream + ".url")))
                    .isEqualTo("http://" + module + ":" + port);
            assertThat(overlay.require(Service.class, module).getSpec().getPorts().get(0).getPort()).isEqualTo(port);
        }
    }

    @Test
    void nothing_city_specific_is_in_the_base() {
        Rendered base = Kustomize.render(Repository.BASE);
        assertThat(base.documents()).as("objects of the base with a namespace")
                .filteredOn(d -> d.path("metadata").has("namespace")).isEmpty();
        assertThat(base.all(io.fabric8.kubernetes.api.model.Namespace.class)).isEmpty();
        assertThat(base.all(Ingress.class)).allSatisfy(i -> {
            assertThat(i.getSpec().getRules()).allSatisfy(r -> assertThat(r.getHost()).isNull());
            assertThat(i.getSpec().getTls()).isEmpty();
        });
        Set<String> cityKeys = Set.of("MADOGUCHI_PROCEDURES_FORMS_PUBLIC_BASE_URL", "MADOGUCHI_LENDING_PUBLIC_BASE_URL",
                "MADOGUCHI_NOTIFICATION_PUBLIC_BASE_URL", "QUARKUS_HTTP_CORS_ORIGINS", "QUARKUS_MAILER_HOST",
                "QUARKUS_MAILER_FROM");
        assertThat(base.all(ConfigMap.class)).allSatisfy(c -> assertThat(c.getData().keySet()).doesNotContainAnyElementsOf(cityKeys));
        assertThat(base.generic("KeycloakRealmImport")).as("no realm reaches a namespace by the base").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void each_overlay_puts_one_city_in_a_namespace_of_its_own_with_its_own_addresses(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        List<io.fabric8.kubernetes.api.model.Namespace> namespaces = overlay.all(io.fabric8.kubernetes.api.model.Namespace.class);
        assertThat(namespaces).hasSize(1);
        String namespace = namespaces.get(0).getMetadata().getName();
        assertThat(overlay.documents()).filteredOn(d -> !d.path("kind").asText().equals("Namespace"))
                .allSatisfy(d -> assertThat(d.path("metadata").path("namespace").asText()).isEqualTo(namespace));

        String gatewayHost = overlay.require(Ingress.class, "gateway").getSpec().getRules().get(0).getHost();
        String keycloakHost = overlay.require(Ingress.class, "keycloak").getSpec().getRules().get(0).getHost();
        assertThat(gatewayHost).isNotBlank().isNotEqualTo(keycloakHost);
        String scheme = overlayName.equals("production") ? "https://" : "http://";
        String publicUrl = scheme + gatewayHost;
        assertThat(Environment.of(overlay.require(Deployment.class, "procedures-service"), overlay)
                .literal("MADOGUCHI_PROCEDURES_FORMS_PUBLIC_BASE_URL")).isEqualTo(publicUrl + "/forms/");
        assertThat(Environment.of(overlay.require(Deployment.class, "device-lending-service"), overlay)
                .literal("MADOGUCHI_LENDING_PUBLIC_BASE_URL")).isEqualTo(publicUrl);
        Environment notification = Environment.of(overlay.require(Deployment.class, "notification-service"), overlay);
        assertThat(notification.literal("MADOGUCHI_NOTIFICATION_PUBLIC_BASE_URL")).isEqualTo(publicUrl);
        assertThat(notification.literal("QUARKUS_MAILER_HOST")).isNotBlank();
        assertThat(Environment.of(overlay.require(Deployment.class, "gateway"), overlay).literal("QUARKUS_HTTP_CORS_ORIGINS"))
                .contains(publicUrl);
        GenericKubernetesResource keycloak = overlay.generic("Keycloak").get(0);
        assertThat(Rendered.field(keycloak, "spec.hostname.hostname").asText()).isEqualTo(scheme + keycloakHost);
        if (overlayName.equals("production")) {
            assertThat(overlay.all(Ingress.class)).allSatisfy(i -> assertThat(i.getSpec().getTls()).singleElement()
                    .satisfies(t -> assertThat(t.getHosts()).containsExactly(i.getSpec().getRules().get(0).getHost())));
            assertThat(notification.literal("QUARKUS_MAILER_START_TLS")).isEqualTo("REQUIRED");
        }
        assertThat(Rendered.YAML.valueToTree(overlay.documents()).toString())
                .as("placeholders of the base that the overlay must replace").doesNotContain("set-in-the-overlay")
                .doesNotContain("192.0.2.");
    }
}
