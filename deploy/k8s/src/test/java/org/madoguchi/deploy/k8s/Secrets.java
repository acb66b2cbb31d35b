package org.madoguchi.deploy.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Secrets the manifests reference but do not declare (no secret value is committed): those an operator writes
 * from a resource of the overlay, and those the city creates in its namespace before the first apply (deploy/README.md,
 * "Secrets", lists the latter, with the keys below).
 */
final class Secrets {

    /** The Secrets the city creates, with their keys. */
    static final Map<String, Set<String>> MADE_BY_THE_CITY = Map.of(
            "device-lending-service-secrets", Set.of("feed-secret"),
            "notification-service-secrets",
            Set.of("unsubscribe-secret", "messaging-channel-access-token", "smtp-username", "smtp-password"),
            // a secret per confidential client of the realm: the workloads' service accounts and the web console
            "keycloak-client-secrets", java.util.stream.Stream.concat(Suite.MODULES.stream(), java.util.stream.Stream.of("web"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()),
            "keycloak-bootstrap-admin", Set.of("username", "password"),
            "backup-object-store", Set.of("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"),
            "madoguchi-tls", Set.of("tls.crt", "tls.key"),
            "keycloak-tls", Set.of("tls.crt", "tls.key"));

    private Secrets() {
    }

    /** The Secrets the operators write from the overlay's resources, with their keys. */
    static Map<String, Set<String>> madeByOperators(Rendered overlay) {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (GenericKubernetesResource cluster : overlay.generic("Cluster")) {
            // CloudNativePG: the application user of bootstrap.initdb
            secrets.put(cluster.getMetadata().getName() + "-app",
                    Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"));
        }
        for (KafkaUser user : overlay.all(KafkaUser.class)) {
            // Strimzi's User Operator: one Secret per SCRAM-SHA-512 user, named like the user
            secrets.put(user.getMetadata().getName(), Set.of("password", "sasl.jaas.config"));
        }
        for (Kafka kafka : overlay.all(Kafka.class)) {
            // Strimzi's Cluster Operator: the public part of the cluster CA
            secrets.put(kafka.getMetadata().getName() + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
        }
        return secrets;
    }
}
