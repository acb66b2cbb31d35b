package org.madoguchi.deploy.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The traffic an overlay's NetworkPolicies allow, as flows between named workloads: each workload's pods with the
 * labels they run with (a Deployment's template; for the operators' pods, the labels each operator gives them), and
 * for each workload the union of what every policy that selects it allows. A flow reads {@code <peer> <protocol>/<port>},
 * the peer being a workload of the namespace, {@code namespace <name>}, {@code <pods> in <namespace>}, {@code ip <cidr>}
 * or {@code anywhere}.
 */
final class Flows {

    /** The workloads of the namespace and the labels of their pods. */
    private final Map<String, Map<String, String>> workloads;
    private final List<NetworkPolicy> policies;

    private Flows(Map<String, Map<String, String>> workloads, List<NetworkPolicy> policies) {
        this.workloads = workloads;
        this.policies = policies;
    }

    static Flows of(Rendered overlay) {
        Map<String, Map<String, String>> workloads = new LinkedHashMap<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            workloads.put(deployment.getMetadata().getName(), deployment.getSpec().getTemplate().getMetadata().getLabels());
        }
        for (GenericKubernetesResource cluster : overlay.generic("Cluster")) {
            // CloudNativePG labels every instance with its cluster (and its role, which changes on fail-over)
            workloads.put(cluster.getMetadata().getName(), Map.of("cnpg.io/cluster", cluster.getMetadata().getName()));
        }
        for (Kafka kafka : overlay.all(Kafka.class)) {
            String name = kafka.getMetadata().getName();
            for (KafkaNodePool pool : overlay.all(KafkaNodePool.class)) {
                Map<String, String> labels = new LinkedHashMap<>(Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka",
                        "strimzi.io/name", name + "-kafka", "strimzi.io/pool-name", pool.getMetadata().getName()));
                if (pool.getSpec().getRoles().contains(ProcessRoles.BROKER)) {
                    labels.put("strimzi.io/broker-role", "true");
                }
                if (pool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER)) {
                    labels.put("strimzi.io/controller-role", "true");
                }
                workloads.put("kafka-" + pool.getMetadata().getName(), labels);
            }
            workloads.put("kafka-entity-operator", Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", name + "-entity-operator"));
        }
        for (GenericKubernetesResource keycloak : overlay.generic("Keycloak")) {
            String name = keycloak.getMetadata().getName();
            // the Keycloak operator's labels; its realm import Job copies them with app=keycloak-realm-import
            workloads.put("keycloak", Map.of("app", "keycloak", "app.kubernetes.io/instance", name,
                    "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/component", "server"));
            workloads.put("keycloak-realm-import", Map.of("app", "keycloak-realm-import", "app.kubernetes.io/instance", name,
                    "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/component", "server"));
        }
        return new Flows(workloads, overlay.all(NetworkPolicy.class));
    }

    Set<String> workloads() {
        return workloads.keySet();
    }

    /** The workloads whose pods a selector selects. */
    Set<String> selected(LabelSelector selector) {
        Set<String> names = new TreeSet<>();
        workloads.forEach((name, labels) -> {
            if (matches(selector, labels)) {
                names.add(name);
            }
        });
        return names;
    }

    Set<String> ingress(String workload) {
        return flows(workload, true);
    }

    Set<String> egress(String workload) {
        return flows(workload, false);
    }

    private Set<String> flows(String workload, boolean ingress) {
        Set<String> flows = new TreeSet<>();
        for (NetworkPolicy policy : policies) {
            if (!matches(policy.getSpec().getPodSelector(), workloads.get(workload))
                    || !policy.getSpec().getPolicyTypes().contains(ingress ? "Ingress" : "Egress")) {
                continue;
            }
            if (ingress) {
                policy.getSpec().getIngress().forEach(r -> flows.addAll(flows(r.getFrom(), r.getPorts())));
            } else {
                policy.getSpec().getEgress().forEach(r -> flows.addAll(flows(r.getTo(), r.getPorts())));
            }
        }
        return flows;
    }

    private List<String> flows(List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {
        List<String> names = new ArrayList<>();
        if (peers.isEmpty()) {
            names.add("anywhere");
        }
        for (NetworkPolicyPeer peer : peers) {
            names.addAll(peerNames(peer));
        }
        List<String> portNames = ports.isEmpty() ? List.of("any port") : ports.stream()
                .map(p -> (p.getProtocol() == null ? "TCP" : p.getProtocol()) + "/" + p.getPort().getIntVal()).toList();
        List<String> flows = new ArrayList<>();
        names.forEach(n -> portNames.forEach(p -> flows.add(n + " " + p)));
        return flows;
    }

    private List<String> peerNames(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            String except = peer.getIpBlock().getExcept().isEmpty() ? "" : " except " + peer.getIpBlock().getExcept();
            return List.of("ip " + peer.getIpBlock().getCidr() + except);
        }
        if (peer.getNamespaceSelector() != null) {
            String namespace = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
            if (namespace == null || peer.getNamespaceSelector().getMatchLabels().size() != 1) {
                throw new AssertionError("a namespace is selected by its name only: " + peer.getNamespaceSelector());
            }
            if (peer.getPodSelector() == null) {
                return List.of("namespace " + namespace);
            }
            return List.of(peer.getPodSelector().getMatchLabels().values().iterator().next() + " in " + namespace);
        }
        Set<String> selected = selected(peer.getPodSelector());
        if (selected.isEmpty()) {
            throw new AssertionError("a policy names pods that no workload runs: " + peer.getPodSelector());
        }
        return List.copyOf(selected);
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            String value = labels.get(requirement.getKey());
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && requirement.getValues().contains(value);
                case "NotIn" -> value == null || !requirement.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator " + requirement.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
