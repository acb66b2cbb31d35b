package org.madoguchi.deploy.k8s;

import org.madoguchi.contracts.Topics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suite's workloads and the few facts about them that no properties file states, each with where it comes from.
 * Everything else the tests compare the manifests with is read from the services' own files.
 */
final class Suite {

    /** The five workloads, by module (= Deployment, Service, KafkaUser name). */
    static final List<String> MODULES = List.of(
            "procedures-service", "applications-service", "device-lending-service", "notification-service", "gateway");

    /** The four services behind the gateway. */
    static final List<String> SERVICES = MODULES.subList(0, 4);

    /** The overlays of deploy/k8s/overlays. */
    static final List<String> OVERLAYS = List.of("local", "production");

    /**
     * The topics each workload's outbox writes (the root README's "What runs where" and each service's
     * {@code EventOutbox.append} calls); the gateway writes none.
     */
    static final Map<String, Set<String>> PRODUCES = Map.of(
            "procedures-service", Set.of(Topics.PROCEDURES, Topics.PROCEDURE_FORMS),
            "applications-service", Set.of(Topics.APPLICATIONS),
            "device-lending-service", Set.of(Topics.LENDING),
            "notification-service", Set.of(Topics.NOTIFICATIONS),
            "gateway", Set.of());

    /**
     * The topics the gateway's ops stream reads besides any incoming channel: {@code madoguchi.gateway.ops.topics},
     * whose default (GatewayConfig) is the four event topics.
     */
    static final Set<String> GATEWAY_OPS_TOPICS = Set.of(
            Topics.PROCEDURES, Topics.APPLICATIONS, Topics.LENDING, Topics.NOTIFICATIONS);

    /**
     * Settings a deployment sets that are neither in a service's properties file nor in its README, each read by the
     * framework or the image: which services read it, and why.
     */
    record FrameworkSetting(String environmentName, Set<String> modules, String why) {
    }

    static final List<FrameworkSetting> FRAMEWORK_SETTINGS = List.of(
            new FrameworkSetting("KAFKA_SSL_TRUSTSTORE_TYPE", Set.copyOf(MODULES),
                    "kafka.ssl.truststore.type: every kafka.* setting reaches the consumers and the outbox relay (root README)"),
            new FrameworkSetting("KAFKA_SSL_TRUSTSTORE_LOCATION", Set.copyOf(MODULES),
                    "kafka.ssl.truststore.location: the Strimzi cluster CA the brokers' certificates are signed by"),
            new FrameworkSetting("JAVA_MAX_MEM_RATIO", Set.copyOf(MODULES),
                    "the heap's share of the container's memory limit, read by run-java.sh of Jib's base image"),
            new FrameworkSetting("QUARKUS_MAILER_USERNAME", Set.of("notification-service"),
                    "quarkus.mailer.username: the SMTP relay's login, if it needs one"),
            new FrameworkSetting("QUARKUS_MAILER_PASSWORD", Set.of("notification-service"),
                    "quarkus.mailer.password: the SMTP relay's password, if it needs one"),
            new FrameworkSetting("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", Set.of("gateway"),
                    "quarkus.http.proxy.proxy-address-forwarding: the client's address behind a balancer (gateway README)"),
            new FrameworkSetting("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", Set.of("gateway"),
                    "quarkus.http.proxy.allow-x-forwarded: the ingress controller's X-Forwarded-* (gateway README)"),
            new FrameworkSetting("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", Set.of("gateway"),
                    "quarkus.http.proxy.trusted-proxies: the balancer's addresses, where an overlay narrows them"));

    /** Whether the module reads the variable: its own configuration, or a framework setting for it. */
    static boolean reads(ServiceConfiguration service, String environmentName) {
        return service.reads(environmentName) || FRAMEWORK_SETTINGS.stream()
                .anyMatch(s -> s.environmentName().equals(environmentName) && s.modules().contains(service.module()));
    }

    private Suite() {
    }
}
