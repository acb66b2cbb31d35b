package org.madoguchi.benchmarks.submissions;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.EventSchemas;
import org.madoguchi.contracts.Topics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;

/**
 * The form the benchmark answers, put into applications-service's catalogue the way procedures-service does it: a
 * {@code madoguchi.procedures.form-published.v1} CloudEvent on the compacted topic {@code procedures.forms}, keyed by
 * the form id, checked against its contract first. An event sign-up (健康づくり教室) that accepts anonymous answers,
 * with fields of most types, so that each submission is validated as a real one is. Signed-in residents may answer
 * it too ({@code through-gateway} sends citizens' tokens).
 */
public final class BenchmarkForm {

    static final String TYPE = "madoguchi.procedures.form-published.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchmarkForm() {
    }

    /** Publishes a new form and returns its id. */
    public static UUID publish(String bootstrapServers) throws Exception {
        UUID formId = UUID.randomUUID();
        Instant now = Instant.now();
        CloudEvent event = EventEnvelope.create("/madoguchi/procedures-service", TYPE, formId.toString(), now,
                data(formId, now));
        String json = EventEnvelope.write(event);
        new EventSchemas().requireValid(json);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PROCEDURE_FORMS, formId.toString(), json);
            record.headers().add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes());
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
        return formId;
    }

    static ObjectNode data(UUID formId, Instant now) {
        ObjectNode data = JSON.createObjectNode();
        data.put("formId", formId.toString());
        data.put("version", 1);
        data.put("kind", "EVENT");
        data.put("departmentCode", "kenko-kosodate");
        data.put("title", "健康づくり教室 参加申込");
        data.put("titleEn", "Health class sign-up");
        data.put("description", "市民の皆さまを対象とした健康づくり教室の参加申込です。");
        data.put("descriptionEn", "Sign-up for the city's health class.");
        ArrayNode fields = data.putArray("fields");
        fields.add(field("name", "氏名", "Name", "TEXT", true, 1, 50, null, List.of()));
        fields.add(field("kana", "フリガナ", "Name in katakana", "TEXT", false, null, 50, "[\\p{IsKatakana}ー\\s　]+",
                List.of()));
        fields.add(field("email", "メールアドレス", "Email", "EMAIL", true, null, null, null, List.of()));
        fields.add(field("phone", "電話番号", "Phone", "PHONE", false, null, null, null, List.of()));
        fields.add(field("postalCode", "郵便番号", "Postal code", "POSTAL_CODE", false, null, null, null, List.of()));
        fields.add(field("ward", "地区", "Ward", "SINGLE_CHOICE", true, null, null, null,
                List.of("中央", "国府", "福部", "河原")));
        fields.add(field("sessions", "参加する回", "Sessions", "MULTIPLE_CHOICE", true, null, null, null,
                List.of("午前", "午後")));
        fields.add(field("birthDate", "生年月日", "Date of birth", "DATE", false, null, null, null, List.of()));
        fields.add(field("adults", "参加人数", "Participants", "NUMBER", true, null, null, null, List.of()));
        fields.add(field("note", "備考", "Notes", "LONG_TEXT", false, null, 200, null, List.of()));
        fields.add(field("consent", "個人情報の取扱いに同意する", "I agree to the handling of my data", "CONSENT", true, null,
                null, null, List.of()));
        data.put("acceptsAnonymous", true);
        data.putNull("opensAt");
        data.putNull("closesAt");
        data.putArray("procedureIds");
        data.put("publicUrl", "https://city.example.jp/forms/" + formId);
        ObjectNode by = data.putObject("publishedBy");
        by.put("subject", "benchmark-procedure-admin");
        by.put("username", "procadmin1");
        data.put("publishedAt", now.toString());
        data.putNull("standardProcessingDays");
        data.putNull("attachmentLimits");
        return data;
    }

    private static ObjectNode field(String key, String label, String labelEn, String type, boolean required,
            Integer minLength, Integer maxLength, String pattern, List<String> choices) {
        ObjectNode field = JSON.createObjectNode();
        field.put("key", key);
        field.put("label", label);
        field.put("labelEn", labelEn);
        field.put("type", type);
        field.put("required", required);
        field.put("minLength", minLength);
        field.put("maxLength", maxLength);
        field.put("pattern", pattern);
        ArrayNode options = field.putArray("choices");
        choices.forEach(options::add);
        return field;
    }
}
