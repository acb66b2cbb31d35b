package org.madoguchi.deploy.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NetworkPolicies of each overlay allow exactly the suite's flows: from outside only the ingress controller, to
 * the gateway and to Keycloak's public paths; each service only from the gateway, and only to its own database,
 * Kafka and Keycloak (notification-service also to the SMTP relay and the messaging app); every database only from
 * its one client; name resolution for everyone; nothing else.
 */
class NetworkPolicyTest {

    private static final String DNS_UDP = "kube-dns in kube-system UDP/53";
    private static final String DNS_TCP = "kube-dns in kube-system TCP/53";
    private static final String INGRESS_CONTROLLER = "namespace ingress-nginx";

    static Stream<Arguments> overlaysAndServices() {
        return Suite.OVERLAYS.stream().flatMap(o -> Suite.SERVICES.stream().map(m -> Arguments.of(o, m)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void everything_not_allowed_below_is_denied(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        NetworkPolicy deny = overlay.require(NetworkPolicy.class, "default-deny");
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isEmpty();
        assertThat(deny.getSpec().getEgress()).isEmpty();
        Flows flows = Flows.of(overlay);
        assertThat(flows.workloads()).allSatisfy(w -> assertThat(flows.egress(w)).as("name resolution of " + w)
                .contains(DNS_UDP, DNS_TCP));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void a_service_is_reached_from_the_gateway_and_reaches_its_database_kafka_and_keycloak(String overlayName, String module) {
        Rendered overlay = Kustomize.overlay(overlayName);
        Flows flows = Flows.of(overlay);
        ServiceConfiguration service = ServiceConfiguration.of(module);

        assertThat(flows.ingress(module)).containsExactly("gateway TCP/" + service.httpPort());
        Set<String> egress = new TreeSet<>(Set.of(
                service.database() + "-db TCP/5432",
                "kafka-dual-role TCP/" + kafkaPort(overlay),
                "keycloak TCP/8080",
                DNS_UDP, DNS_TCP));
        if (module.equals("notification-service")) {
            egress.add(overlayName.equals("local") ? "greenmail TCP/3025" : "ip 203.0.113.25/32 TCP/587");
            egress.add("ip 0.0.0.0/0 except [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 169.254.0.0/16, 100.64.0.0/10] TCP/443");
        }
        assertThat(flows.egress(module)).containsExactlyElementsOf(egress);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void the_gateway_is_reached_from_the_ingress_controller_and_reaches_the_services_its_database_kafka_and_keycloak(
            String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        Flows flows = Flows.of(overlay);
        ServiceConfiguration gateway = ServiceConfiguration.of("gateway");

        assertThat(flows.ingress("gateway")).containsExactly(INGRESS_CONTROLLER + " TCP/" + gateway.httpPort());
        Set<String> egress = new TreeSet<>(Set.of(gateway.database() + "-db TCP/5432", "kafka-dual-role TCP/" + kafkaPort(overlay),
                "keycloak TCP/8080", DNS_UDP, DNS_TCP));
        Suite.SERVICES.forEach(m -> egress.add(m + " TCP/" + ServiceConfiguration.of(m).httpPort()));
        assertThat(flows.egress("gateway")).containsExactlyElementsOf(egress);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void only_the_gateway_and_keycloak_are_reached_from_outside_the_namespace(String overlayName) {
        Flows flows = Flows.of(Kustomize.overlay(overlayName));
        Set<String> fromOutside = new TreeSet<>();
        for (String workload : flows.workloads()) {
            flows.ingress(workload).stream()
                    .filter(f -> f.startsWith("namespace ") || f.startsWith("ip ") || f.startsWith("anywhere") || f.contains(" in "))
                    .forEach(f -> fromOutside.add(workload + " <- " + f));
        }
        Set<String> expected = new TreeSet<>(Set.of(
                "gateway <- " + INGRESS_CONTROLLER + " TCP/8080",
                "keycloak <- " + INGRESS_CONTROLLER + " TCP/8080"));
        // the CloudNativePG operator manages each database's instances
        flows.workloads().stream().filter(w -> w.endsWith("-db")).forEach(db -> {
            expected.add(db + " <- namespace cnpg-system TCP/5432");
            expected.add(db + " <- namespace cnpg-system TCP/8000");
        });
        assertThat(fromOutside).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void each_database_is_reached_by_its_one_client_and_its_own_instances(String overlayName) {
        Flows flows = Flows.of(Kustomize.overlay(overlayName));
        for (String module : Suite.MODULES) {
            String db = ServiceConfiguration.of(module).database() + "-db";
            assertThat(flows.ingress(db)).as(db).containsExactlyInAnyOrder(module + " TCP/5432", db + " TCP/5432",
                    "namespace cnpg-system TCP/5432", "namespace cnpg-system TCP/8000");
            assertThat(flows.egress(db)).as(db).containsExactlyInAnyOrder(db + " TCP/5432", "anywhere TCP/443",
                    "anywhere TCP/6443", DNS_UDP, DNS_TCP);
        }
        assertThat(flows.ingress("keycloak-db")).containsExactlyInAnyOrder("keycloak TCP/5432", "keycloak-realm-import TCP/5432",
                "keycloak-db TCP/5432", "namespace cnpg-system TCP/5432", "namespace cnpg-system TCP/8000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void keycloak_is_reached_by_the_suite_and_the_ingress_controller_and_reaches_only_its_database_and_its_peers(
            String overlayName) {
        Flows flows = Flows.of(Kustomize.overlay(overlayName));
        Set<String> ingress = new TreeSet<>(Set.of(INGRESS_CONTROLLER + " TCP/8080", "keycloak TCP/7800", "keycloak TCP/57800"));
        Suite.MODULES.forEach(m -> ingress.add(m + " TCP/8080"));
        assertThat(flows.ingress("keycloak")).containsExactlyElementsOf(ingress);
        assertThat(flows.egress("keycloak")).containsExactlyInAnyOrder("keycloak-db TCP/5432", "keycloak TCP/7800",
                "keycloak TCP/57800", DNS_UDP, DNS_TCP);
        assertThat(flows.ingress("keycloak-realm-import")).isEmpty();
        assertThat(flows.egress("keycloak-realm-import")).containsExactlyInAnyOrder("keycloak-db TCP/5432", DNS_UDP, DNS_TCP);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void only_the_suite_s_workloads_reach_the_kafka_listener(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        Flows flows = Flows.of(overlay);
        GenericKafkaListener listener = overlay.all(Kafka.class).get(0).getSpec().getKafka().getListeners().get(0);
        Set<String> peers = new TreeSet<>();
        listener.getNetworkPolicyPeers().forEach(p -> {
            assertThat(p.getNamespaceSelector()).isNull();
            assertThat(p.getIpBlock()).isNull();
            peers.addAll(flows.selected(p.getPodSelector()));
        });
        assertThat(peers).containsExactlyInAnyOrderElementsOf(Suite.MODULES);
        // the brokers and the entity operator reach each other and, for the operator, the API server
        assertThat(flows.egress("kafka-entity-operator")).contains("anywhere TCP/443", "kafka-dual-role any port");
    }

    private static int kafkaPort(Rendered overlay) {
        return overlay.all(Kafka.class).get(0).getSpec().getKafka().getListeners().get(0).getPort();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void every_policy_selects_pods_that_run(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        Flows flows = Flows.of(overlay);
        for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
            LabelSelector selector = policy.getSpec().getPodSelector();
            assertThat(flows.selected(selector)).as("pods of NetworkPolicy " + policy.getMetadata().getName()).isNotEmpty();
        }
    }
}
