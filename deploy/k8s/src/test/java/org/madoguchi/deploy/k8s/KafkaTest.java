package org.madoguchi.deploy.k8s;

import io.strimzi.api.kafka.model.kafka.JbodStorage;
import io.strimzi.api.kafka.model.kafka.KRaftMetadataStorage;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.PersistentClaimStorage;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerType;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.contracts.Topics;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Strimzi resources of each overlay (typed with Strimzi's api): a KRaft cluster, a KafkaTopic for every topic of
 * contracts' {@code Topics} with the broker settings it is created with, and for each workload a user allowed exactly
 * what its configuration does: write the topics its outbox writes, read the topics of its incoming channels in their
 * consumer groups.
 */
class KafkaTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void the_cluster_runs_in_kraft_mode_with_one_tls_scram_listener_and_topics_made_only_by_the_topic_operator(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        assertThat(overlay.all(Kafka.class)).hasSize(1);
        Kafka kafka = overlay.all(Kafka.class).get(0);
        // Strimzi's v1 API, the only one of Strimzi 1.x (Rendered reads kafka.strimzi.io/v1 only)
        assertThat(overlay.documents()).filteredOn(d -> d.path("apiVersion").asText().startsWith("kafka.strimzi.io/"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.path("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1"));

        KafkaNodePool pool = overlay.all(KafkaNodePool.class).get(0);
        assertThat(overlay.all(KafkaNodePool.class)).hasSize(1);
        assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
        assertThat(pool.getSpec().getRoles()).containsExactlyInAnyOrder(ProcessRoles.CONTROLLER, ProcessRoles.BROKER);
        int nodes = pool.getSpec().getReplicas();

        assertThat(kafka.getSpec().getKafka().getListeners()).singleElement().satisfies(listener -> {
            assertThat(listener.getType()).isEqualTo(KafkaListenerType.INTERNAL);
            assertThat(listener.isTls()).isTrue();
            assertThat(listener.getAuth()).isInstanceOf(KafkaListenerAuthenticationScramSha512.class);
        });
        assertThat(kafka.getSpec().getKafka().getAuthorization()).isNotNull();
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(config).containsEntry("auto.create.topics.enable", false);
        int minInSync = ((Number) config.get("min.insync.replicas")).intValue();
        assertThat(((Number) config.get("default.replication.factor")).intValue()).isEqualTo(Math.min(3, nodes));
        assertThat(((Number) config.get("offsets.topic.replication.factor")).intValue()).isEqualTo(Math.min(3, nodes));
        if (overlayName.equals("production")) {
            assertThat(nodes).as("a majority of controllers and a broker may be lost").isGreaterThanOrEqualTo(3);
            assertThat(minInSync).as("acks=all survives one broker down").isEqualTo(2);
        }
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).isNotNull();
        assertThat(kafka.getSpec().getEntityOperator().getUserOperator()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void every_topic_of_the_contracts_has_its_kafka_topic_with_its_settings_partitions_and_retention(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        int nodes = overlay.all(KafkaNodePool.class).get(0).getSpec().getReplicas();
        // the most consumers of one group that share a topic: notification-service's concurrency per instance,
        // times the two instances production runs at least
        int concurrency = Integer.parseInt(ServiceConfiguration.of("notification-service")
                .require("mp.messaging.incoming.lending-events.concurrency"));

        assertThat(overlay.all(KafkaTopic.class)).extracting(t -> t.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Topics.all());
        for (KafkaTopic topic : overlay.all(KafkaTopic.class)) {
            String name = topic.getMetadata().getName();
            Map<String, Object> config = topic.getSpec().getConfig();
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "madoguchi");
            assertThat(topic.getSpec().getTopicName()).as("the resource's name is the topic's").isNull();
            Topics.settings(name).forEach((k, v) -> assertThat(config).as(name).containsEntry(k, v));
            if (!"compact".equals(Topics.settings(name).get("cleanup.policy"))) {
                assertThat(config).as(name).containsEntry("cleanup.policy", "delete");
                long retention = ((Number) config.get("retention.ms")).longValue();
                assertThat(retention).as("days of %s a consumer that was down can replay", name)
                        .isGreaterThanOrEqualTo(7L * 24 * 3600 * 1000);
            }
            assertThat(topic.getSpec().getPartitions()).as(name).isGreaterThanOrEqualTo(2 * concurrency);
            assertThat(topic.getSpec().getReplicas()).as(name).isEqualTo(Math.min(3, nodes));
            assertThat(((Number) config.get("min.insync.replicas")).intValue()).as(name)
                    .isEqualTo(Math.max(1, topic.getSpec().getReplicas() - 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void each_workload_may_write_the_topics_its_outbox_writes_and_read_those_its_channels_read(String overlayName) {
        Rendered overlay = Kustomize.overlay(overlayName);
        assertThat(overlay.all(KafkaUser.class)).extracting(u -> u.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Suite.MODULES);
        for (String module : Suite.MODULES) {
            ServiceConfiguration service = ServiceConfiguration.of(module);
            KafkaUser user = overlay.require(KafkaUser.class, module);
            assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            KafkaUserAuthorizationSimple authorization = (KafkaUserAuthorizationSimple) user.getSpec().getAuthorization();

            Set<String> expected = new TreeSet<>();
            Suite.PRODUCES.get(module).forEach(t -> expected.add("topic " + t + " Write,Describe"));
            Set<String> read = new TreeSet<>(service.incomingTopics().values());
            if (module.equals("gateway")) {
                read.addAll(Suite.GATEWAY_OPS_TOPICS);
            }
            read.forEach(t -> expected.add("topic " + t + " Read,Describe"));
            service.incomingTopics().keySet().forEach(channel -> {
                String group = service.groupId(channel).orElseThrow(() -> new AssertionError(module + ": channel "
                        + channel + " has no consumer group"));
                // a group of its own per instance: procedures-search-${quarkus.uuid} is allowed as a prefix
                expected.add(group.contains("${")
                        ? "group " + group.substring(0, group.indexOf("${")) + "* Read"
                        : "group " + group + " Read");
            });

            Set<String> granted = new TreeSet<>();
            for (AclRule rule : authorization.getAcls()) {
                String operations = String.join(",", rule.getOperations().stream().map(AclOperation::toValue).toList());
                if (rule.getResource() instanceof AclRuleTopicResource topic) {
                    assertThat(topic.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL);
                    granted.add("topic " + topic.getName() + " " + operations);
                } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                    granted.add("group " + group.getName()
                            + (group.getPatternType() == AclResourcePatternType.PREFIX ? "*" : "") + " " + operations);
                } else {
                    granted.add(rule.getResource().getType() + " " + operations);
                }
            }
            assertThat(granted).as("ACLs of " + module).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void the_brokers_keep_their_log_and_the_kraft_metadata_on_persistent_volumes_that_outlive_them(String overlayName) {
        KafkaNodePool pool = Kustomize.overlay(overlayName).all(KafkaNodePool.class).get(0);
        assertThat(pool.getSpec().getStorage()).isInstanceOfSatisfying(JbodStorage.class, jbod -> assertThat(jbod.getVolumes())
                .singleElement().isInstanceOfSatisfying(PersistentClaimStorage.class, volume -> {
                    assertThat(volume.isDeleteClaim()).isFalse();
                    assertThat(volume.getKraftMetadata()).isEqualTo(KRaftMetadataStorage.SHARED);
                }));
    }
}
