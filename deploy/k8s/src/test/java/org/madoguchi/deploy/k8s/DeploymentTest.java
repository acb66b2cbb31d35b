package org.madoguchi.deploy.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each overlay's Deployment of each service, held to the service's own configuration: the image its Jib settings
 * build, the port of its application.properties, the health groups Quarkus serves, only variables it reads, and its
 * own database, Kafka user and Keycloak realm.
 */
class DeploymentTest {

    static Stream<Arguments> overlaysAndModules() {
        return Suite.OVERLAYS.stream().flatMap(o -> Suite.MODULES.stream().map(m -> Arguments.of(o, m)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void runs_the_image_the_service_builds_with_the_tag_of_its_overlay(String overlayName, String module) {
        Rendered overlay = Kustomize.overlay(overlayName);
        ServiceConfiguration service = ServiceConfiguration.of(module);
        String image = Environment.onlyContainer(overlay.require(Deployment.class, module)).getImage();

        assertThat(service.require("quarkus.container-image.tag")).isEqualTo("${quarkus.application.version}");
        String repository = image.substring(0, image.lastIndexOf(':'));
        String tag = image.substring(image.lastIndexOf(':') + 1);
        assertThat(repository).as("the image of %s", module)
                .matches("(.+/)?" + java.util.regex.Pattern.quote(service.imageRepository()));
        if (overlayName.equals("local")) {
            // the images built on this machine and loaded into the development cluster
            assertThat(image).isEqualTo(service.imageRepository() + ":" + System.getProperty("madoguchi.version"));
        } else {
            // a release pushed to the city's registry: never a moving snapshot
            assertThat(repository).contains("/" + service.imageRepository());
            assertThat(tag).doesNotContain("SNAPSHOT").isNotEqualTo("latest");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void serves_on_the_port_of_its_application_properties_with_probes_on_the_health_groups(String overlayName, String module) {
        Rendered overlay = Kustomize.overlay(overlayName);
        ServiceConfiguration service = ServiceConfiguration.of(module);
        Container container = Environment.onlyContainer(overlay.require(Deployment.class, module));

        assertThat(container.getPorts()).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http", service.httpPort()));
        assertThat(httpGet(container.getStartupProbe(), "startup")).isEqualTo("/q/health/started on http");
        assertThat(httpGet(container.getReadinessProbe(), "readiness")).isEqualTo("/q/health/ready on http");
        assertThat(httpGet(container.getLivenessProbe(), "liveness")).isEqualTo("/q/health/live on http");
        // a start may run long migrations: the startup probe waits minutes before liveness takes over
        Probe startup = container.getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).isGreaterThanOrEqualTo(120);

        Service endpoint = overlay.require(Service.class, module);
        assertThat(endpoint.getSpec().getPorts()).extracting(ServicePort::getPort, p -> p.getTargetPort().getStrVal())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(service.httpPort(), "http"));
    }

    private static String httpGet(Probe probe, String which) {
        assertThat(probe).as(which + " probe").isNotNull();
        assertThat(probe.getHttpGet()).as(which + " probe over HTTP").isNotNull();
        return probe.getHttpGet().getPath() + " on " + probe.getHttpGet().getPort().getStrVal();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void sets_only_environment_variables_its_service_reads(String overlayName, String module) {
        Rendered overlay = Kustomize.overlay(overlayName);
        ServiceConfiguration service = ServiceConfiguration.of(module);
        Environment environment = Environment.of(overlay.require(Deployment.class, module), overlay);

        assertThat(environment.variables().keySet())
                .as("variables of %s that neither its application.properties, its README, the root README nor a "
                        + "listed framework setting (Suite.FRAMEWORK_SETTINGS) name", module)
                .filteredOn(name -> !Suite.reads(service, name))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void points_the_service_at_its_own_database_its_kafka_user_and_the_realm(String overlayName, String module) {
        Rendered overlay = Kustomize.overlay(overlayName);
        ServiceConfiguration service = ServiceConfiguration.of(module);
        Deployment deployment = overlay.require(Deployment.class, module);
        Environment environment = Environment.of(deployment, overlay);
        String database = service.database();
        String cluster = database + "-db";

        GenericKubernetesResource postgres = overlay.genericNamed("Cluster", cluster).orElseThrow(
                () -> new AssertionError("no CloudNativePG Cluster " + cluster + " for " + module));
        assertThat(Rendered.field(postgres, "spec.bootstrap.initdb.database").asText()).isEqualTo(database);
        assertThat(environment.literal("QUARKUS_DATASOURCE_JDBC_URL"))
                .isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/" + database);
        assertThat(environment.secret("QUARKUS_DATASOURCE_USERNAME"))
                .isEqualTo(new Environment.FromSecret(cluster + "-app", "username", false));
        assertThat(environment.secret("QUARKUS_DATASOURCE_PASSWORD"))
                .isEqualTo(new Environment.FromSecret(cluster + "-app", "password", false));

        Kafka kafka = overlay.all(Kafka.class).get(0);
        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().get(0);
        assertThat(environment.literal("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.getPort());
        assertThat(environment.literal("KAFKA_SECURITY_PROTOCOL")).isEqualTo(listener.isTls() ? "SASL_SSL" : "SASL_PLAINTEXT");
        assertThat(environment.literal("KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
        assertThat(environment.secret("KAFKA_SASL_JAAS_CONFIG"))
                .isEqualTo(new Environment.FromSecret(module, "sasl.jaas.config", false));
        String truststore = environment.literal("KAFKA_SSL_TRUSTSTORE_LOCATION");
        Container container = Environment.onlyContainer(deployment);
        String mount = container.getVolumeMounts().stream().filter(m -> truststore.startsWith(m.getMountPath() + "/"))
                .map(m -> m.getName()).findFirst()
                .orElseThrow(() -> new AssertionError("the trust store " + truststore + " is on no mounted volume"));
        assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes()).filteredOn(v -> v.getName().equals(mount))
                .singleElement().satisfies(v -> assertThat(v.getSecret().getSecretName())
                        .isEqualTo(kafka.getMetadata().getName() + "-cluster-ca-cert"));

        GenericKubernetesResource keycloak = overlay.generic("Keycloak").get(0);
        assertThat(environment.literal("QUARKUS_OIDC_AUTH_SERVER_URL"))
                .isEqualTo("http://" + keycloak.getMetadata().getName() + "-service:8080/realms/madoguchi");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void takes_every_secret_from_a_secret_and_none_from_a_config_map(String overlayName, String module) {
        Rendered overlay = Kustomize.overlay(overlayName);
        Environment environment = Environment.of(overlay.require(Deployment.class, module), overlay);

        environment.variables().forEach((name, value) -> {
            if (name.matches(".*(SECRET|PASSWORD|JAAS_CONFIG|TOKEN).*") && !name.endsWith("_TRUSTSTORE_TYPE")) {
                assertThat(value).as(name + " of " + module).isInstanceOf(Environment.FromSecret.class);
            }
        });
        // the values each service's README says to set in every real deployment
        List<String> required = switch (module) {
            case "device-lending-service" -> List.of("MADOGUCHI_LENDING_FEED_SECRET");
            case "notification-service" ->
                    List.of("MADOGUCHI_NOTIFICATION_UNSUBSCRIBE_SECRET", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET");
            default -> List.of();
        };
        required.forEach(name -> assertThat(environment.secret(name).optional()).as(name + " is required").isFalse());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void runs_as_a_non_root_user_with_limits_and_survives_a_node_drain(String overlayName, String module) {
        Rendered overlay = Kustomize.overlay(overlayName);
        Deployment deployment = overlay.require(Deployment.class, module);
        Container container = Environment.onlyContainer(deployment);

        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(deployment.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isFalse();

        var resources = container.getResources();
        long memoryRequest = Quantity.getAmountInBytes(resources.getRequests().get("memory")).longValue();
        long memoryLimit = Quantity.getAmountInBytes(resources.getLimits().get("memory")).longValue();
        assertThat(resources.getRequests()).containsKeys("cpu", "memory");
        assertThat(memoryRequest).isPositive().isLessThanOrEqualTo(memoryLimit);
        // deploy/README.md "Sizing": 364 MB measured after start and light load with a 384 MiB heap
        assertThat(memoryLimit).isGreaterThanOrEqualTo(768L * 1024 * 1024);
        Environment environment = Environment.of(deployment, overlay);
        int heapPercent = Integer.parseInt(environment.literal("JAVA_MAX_MEM_RATIO"));
        assertThat(memoryLimit * heapPercent / 100).as("heap of %s", module).isGreaterThanOrEqualTo(384L * 1024 * 1024);

        HorizontalPodAutoscaler autoscaler = overlay.require(HorizontalPodAutoscaler.class, module);
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(module);
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(deployment.getSpec().getReplicas()).as("replicas belong to the autoscaler").isNull();
        PodDisruptionBudget budget = overlay.require(PodDisruptionBudget.class, module);
        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        if (overlayName.equals("production")) {
            assertThat(autoscaler.getSpec().getMinReplicas()).as("two instances at least: one may be drained")
                    .isGreaterThanOrEqualTo(2);
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        }
    }
}
