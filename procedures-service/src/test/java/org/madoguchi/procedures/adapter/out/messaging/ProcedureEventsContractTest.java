package org.madoguchi.procedures.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.procedures.Api.as;
import static org.madoguchi.procedures.Api.form;
import static org.madoguchi.procedures.Api.procedure;
import static org.madoguchi.procedures.Api.register;
import static org.madoguchi.procedures.Api.uniqueCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.contracts.Topics;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.procedures.Api;
import org.madoguchi.procedures.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * What the registry tells other contexts, read back from the real Kafka topics: every event type, keyed
 * by its aggregate, true to its schema in {@code contracts/}, and nothing for a change that failed; every
 * form event on {@code procedures.events} and on the compacted {@code procedures.forms} alike.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProcedureEventsContractTest {

    private final EventSchemas schemas = new EventSchemas(Thread.currentThread().getContextClassLoader());

    @Test
    void every_change_reaches_the_topic_keyed_by_its_aggregate_and_true_to_its_schema() {
        String code = uniqueCode("EVT");
        String procedureId = register(procedure(code, "妊娠届", "にんしんとどけ", "kenko-kosodate")).path("id");
        as(Tokens.staffOf("kenko-kosodate")).header("If-Match", "\"0\"")
                .body(procedure(null, "妊娠届出", "にんしんとどけで", "kenko-kosodate"))
                .put("/api/v1/procedures/" + procedureId).then().statusCode(200);
        Api.changeStatus(procedureId, Map.of("status", "COMPLETED")).then().statusCode(200);
        String formId = as(Tokens.procedureAdmin()).body(form("PROCEDURE", "kenko-kosodate", "妊娠届出フォーム",
                List.of(procedureId))).post("/api/v1/forms").then().statusCode(201).extract().path("id");
        as(Tokens.procedureAdmin()).header("If-Match", "\"0\"").post("/api/v1/forms/" + formId + "/publish").then()
                .statusCode(200);
        as(Tokens.procedureAdmin()).header("If-Match", "\"1\"").post("/api/v1/forms/" + formId + "/close").then()
                .statusCode(200);
        as(Tokens.procedureAdmin()).body(procedure(code, "重複", "ちょうふく", "somu")).post("/api/v1/procedures").then()
                .statusCode(409);

        List<ConsumerRecord<String, String>> records = read(Topics.PROCEDURES, Set.of(procedureId, formId), 5);

        for (ConsumerRecord<String, String> record : records) {
            assertThat(schemas.violations(record.value())).as(record.value()).isEmpty();
            assertThat(EventEnvelope.read(record.value()).subject()).isEqualTo(record.key());
        }
        // one key keeps its order; across the procedure and the form, the time of the change orders them
        List<ReceivedEvent> events = records.stream().map(r -> EventEnvelope.read(r.value()))
                .sorted(Comparator.comparing(ReceivedEvent::time)).toList();
        assertThat(events).extracting(ReceivedEvent::type).containsExactly(
                "madoguchi.procedures.procedure-registered.v1", "madoguchi.procedures.procedure-changed.v1",
                "madoguchi.procedures.procedure-status-changed.v1", "madoguchi.procedures.form-published.v1",
                "madoguchi.procedures.form-closed.v1");
        assertThat(events).extracting(ReceivedEvent::source).containsOnly("/madoguchi/procedures-service");

        JsonNode registered = events.get(0).data();
        assertThat(registered.at("/procedure/code").asText()).isEqualTo(code);
        assertThat(registered.at("/procedure/status/kind").asText()).isEqualTo("NOT_PLANNED");
        assertThat(registered.at("/registeredBy/username").asText()).isEqualTo("procadmin1");
        JsonNode changed = events.get(1).data();
        assertThat(changed.at("/changedFields")).extracting(JsonNode::asText)
                .containsExactly("name", "kana", "description");
        assertThat(changed.at("/changedBy/username").asText()).isEqualTo("staff.kenko-kosodate");
        JsonNode statusChanged = events.get(2).data();
        assertThat(statusChanged.at("/previous/kind").asText()).isEqualTo("NOT_PLANNED");
        assertThat(statusChanged.at("/status/kind").asText()).isEqualTo("COMPLETED");
        assertThat(statusChanged.at("/online").asBoolean()).isTrue();
        assertThat(statusChanged.at("/version").asLong()).isEqualTo(2);
        JsonNode published = events.get(3).data();
        assertThat(published.at("/version").asInt()).isEqualTo(1);
        assertThat(published.at("/fields")).extracting(f -> f.get("key").asText())
                .containsExactly("name", "postalCode", "consent");
        assertThat(published.at("/fields/0/maxLength").asInt()).isEqualTo(50);
        assertThat(published.at("/procedureIds/0").asText()).isEqualTo(procedureId);
        assertThat(published.at("/publicUrl").asText()).isEqualTo("http://localhost:8080/forms/" + formId);
        assertThat(published.get("standardProcessingDays").isNull()).isTrue();
        assertThat(published.get("attachmentLimits").isNull()).isTrue();
        assertThat(events.get(4).data().at("/closedBy/username").asText()).isEqualTo("procadmin1");
    }

    @Test
    void a_new_version_of_a_published_form_is_announced_with_its_full_definition() {
        String formId = as(Tokens.procedureAdmin()).body(form("SURVEY", "joho-seisaku", "利用者アンケート", List.of()))
                .post("/api/v1/forms").then().statusCode(201).extract().path("id");
        as(Tokens.procedureAdmin()).header("If-Match", "\"0\"").post("/api/v1/forms/" + formId + "/publish").then()
                .statusCode(200);
        Map<String, Object> changed = form("SURVEY", "joho-seisaku", "利用者アンケート（第2版）", List.of());
        changed.put("fields", List.of(Map.of("key", "email", "label", "メールアドレス", "type", "EMAIL", "required", false),
                Map.of("key", "topics", "label", "関心のある分野", "type", "MULTIPLE_CHOICE",
                        "choices", List.of("子育て", "介護", "税"))));
        as(Tokens.procedureAdmin()).header("If-Match", "\"1\"").body(changed).put("/api/v1/forms/" + formId).then()
                .statusCode(200);

        List<ReceivedEvent> events = read(Topics.PROCEDURES, Set.of(formId), 2).stream()
                .map(r -> EventEnvelope.read(r.value())).toList();

        assertThat(events).extracting(e -> e.data().get("version").asInt()).containsExactly(1, 2);
        assertThat(events.get(1).data().at("/title").asText()).isEqualTo("利用者アンケート（第2版）");
        assertThat(events.get(1).data().at("/fields/1/choices")).extracting(JsonNode::asText)
                .containsExactly("子育て", "介護", "税");
        events.forEach(e -> assertThat(schemas.violations(EventEnvelope.write(e.cloudEvent()))).isEmpty());
    }

    @Test
    void publishing_and_closing_a_form_reaches_both_topics_with_the_same_events_true_to_their_schemas() {
        Map<String, Object> body = form("PROCEDURE", "kenko-kosodate", "児童手当 認定請求", List.of());
        List<Object> fields = new ArrayList<>((List<?>) body.get("fields"));
        fields.add(Map.of("key", "bankBook", "label", "通帳の写し", "type", "ATTACHMENT", "required", true));
        fields.add(Map.of("key", "myNumber", "label", "個人番号", "type", "MY_NUMBER", "required", true));
        body.put("fields", fields);
        body.put("standardProcessingDays", 30);
        body.put("attachmentLimits", Map.of("maxFileBytes", 5_242_880, "maxFiles", 2));
        String formId = as(Tokens.procedureAdmin()).body(body).post("/api/v1/forms").then().statusCode(201).extract()
                .path("id");
        as(Tokens.procedureAdmin()).header("If-Match", "\"0\"").post("/api/v1/forms/" + formId + "/publish").then()
                .statusCode(200);
        as(Tokens.procedureAdmin()).header("If-Match", "\"1\"").post("/api/v1/forms/" + formId + "/close").then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> onEvents = read(Topics.PROCEDURES, Set.of(formId), 2);
        List<ConsumerRecord<String, String>> onForms = read(Topics.PROCEDURE_FORMS, Set.of(formId), 2);

        for (List<ConsumerRecord<String, String>> records : List.of(onEvents, onForms)) {
            assertThat(records).extracting(r -> EventEnvelope.read(r.value()).type()).containsExactly(
                    "madoguchi.procedures.form-published.v1", "madoguchi.procedures.form-closed.v1");
            for (ConsumerRecord<String, String> record : records) {
                assertThat(record.key()).isEqualTo(formId);
                assertThat(EventEnvelope.read(record.value()).subject()).isEqualTo(formId);
                assertThat(schemas.violations(record.value())).as(record.value()).isEmpty();
            }
        }
        for (int i = 0; i < 2; i++) {
            assertThat(EventEnvelope.read(onForms.get(i).value()).data())
                    .isEqualTo(EventEnvelope.read(onEvents.get(i).value()).data());
        }
        JsonNode published = EventEnvelope.read(onForms.get(0).value()).data();
        assertThat(published.at("/standardProcessingDays").asInt()).isEqualTo(30);
        assertThat(published.at("/attachmentLimits/maxFileBytes").asLong()).isEqualTo(5_242_880L);
        assertThat(published.at("/attachmentLimits/maxFiles").asInt()).isEqualTo(2);
        assertThat(published.at("/fields")).extracting(f -> f.get("type").asText()).containsExactly("TEXT",
                "POSTAL_CODE", "CONSENT", "ATTACHMENT", "MY_NUMBER");
    }

    /** Reads the topic from its start until {@code count} events about these subjects arrived. */
    private static List<ConsumerRecord<String, String>> read(String topic, Set<String> subjects, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "contract-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (subjects.contains(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        assertThat(found).hasSize(count);
        return found;
    }
}
