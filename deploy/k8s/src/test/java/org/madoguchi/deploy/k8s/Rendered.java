package org.madoguchi.deploy.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The objects one Kustomize directory renders to, each read with a typed model: the fabric8 Kubernetes models for
 * Kubernetes' own kinds, Strimzi's api for its resources, and fabric8's generic resource for the CloudNativePG and
 * Keycloak operator resources (their fields are checked by path). Every typed object is also held to its schema:
 * a field the model does not know (a misspelt or misplaced key, which Kubernetes would drop or refuse) fails the
 * reading.
 */
final class Rendered {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** apiVersion and kind → the typed model; kinds absent here are read as generic resources. */
    private static final Map<String, Class<?>> TYPED = Map.ofEntries(
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    /** The operators' kinds the manifests use, read as generic resources: apiVersion and kind. */
    static final List<String> GENERIC = List.of(
            "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup", "barmancloud.cnpg.io/v1/ObjectStore",
            "k8s.keycloak.org/v2alpha1/Keycloak", "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    private final String source;
    private final List<Object> objects;
    private final List<JsonNode> documents;

    private Rendered(String source, List<Object> objects, List<JsonNode> documents) {
        this.source = source;
        this.objects = objects;
        this.documents = documents;
    }

    static Rendered of(String source, String yaml) {
        List<Object> objects = new ArrayList<>();
        List<JsonNode> documents = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (values.hasNext()) {
                JsonNode document = values.next();
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                documents.add(document);
                objects.add(typed(source, document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse what " + source + " renders to", e);
        }
        return new Rendered(source, List.copyOf(objects), List.copyOf(documents));
    }

    private static Object typed(String source, JsonNode document) {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        String name = document.path("metadata").path("name").asText();
        Class<?> model = TYPED.get(type);
        if (model == null) {
            if (!GENERIC.contains(type)) {
                throw new AssertionError(source + " renders " + type + " " + name
                        + ", a kind the validation does not know: add its model to Rendered");
            }
            model = GenericKubernetesResource.class;
        }
        try {
            Object object = YAML.treeToValue(document, model);
            if (model != GenericKubernetesResource.class) {
                List<String> unknown = UnknownFields.of(object);
                if (!unknown.isEmpty()) {
                    throw new AssertionError(source + ": " + type + " " + name + " has fields its schema does not know: "
                            + unknown);
                }
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new AssertionError(source + ": " + type + " " + name + " does not fit its model: " + e.getMessage(), e);
        }
    }

    String source() {
        return source;
    }

    /** The rendered documents as they are (for checks across every object, such as a text that must not appear). */
    List<JsonNode> documents() {
        return documents;
    }

    <T> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The generic resources of one kind (e.g. {@code Cluster}, {@code Keycloak}). */
    List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    Optional<GenericKubernetesResource> genericNamed(String kind, String name) {
        return generic(kind).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    <T extends io.fabric8.kubernetes.api.model.HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    <T extends io.fabric8.kubernetes.api.model.HasMetadata> T require(Class<T> type, String name) {
        return named(type, name).orElseThrow(() -> new NoSuchElementException(
                source + " renders no " + type.getSimpleName() + " named " + name));
    }

    /** Every object's kind and name, for messages. */
    Map<String, String> inventory() {
        Map<String, String> names = new LinkedHashMap<>();
        documents.forEach(d -> names.put(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(),
                d.path("apiVersion").asText()));
        return names;
    }

    /** A field of a generic resource, by path ({@code spec.db.host}); missing when any step is absent. */
    static JsonNode field(GenericKubernetesResource resource, String path) {
        JsonNode node = YAML.valueToTree(resource);
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        return node;
    }
}
