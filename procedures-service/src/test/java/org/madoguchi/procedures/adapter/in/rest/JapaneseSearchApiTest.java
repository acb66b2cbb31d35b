package org.madoguchi.procedures.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.madoguchi.procedures.Api.as;
import static org.madoguchi.procedures.Api.form;
import static org.madoguchi.procedures.Api.procedure;
import static org.madoguchi.procedures.Api.register;
import static org.madoguchi.procedures.Api.registerOnline;
import static org.madoguchi.procedures.Api.uniqueCode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.Topics;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.procedures.Tokens;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/**
 * One query box in Japanese over HTTP: readings, partial words, width and kana variants, filters,
 * best first, and an index that follows every change. The procedures live in one branch office's
 * department so other tests' procedures do not interfere.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class JapaneseSearchApiTest {

    private static final String DEPARTMENT = "aoya-chiiki-shinko";
    private static String pregnancy;
    private static String maternalHandbook;
    private static String myNumber;
    private static String draft;

    @BeforeEach
    void register_the_procedures_once() {
        if (pregnancy != null) {
            return;
        }
        pregnancy = registerOnline(uniqueCode("S"), "妊娠届", "にんしんとどけ", DEPARTMENT);
        maternalHandbook = registerOnline(uniqueCode("S"), "母子健康手帳再交付申請", "ぼしけんこうてちょうさいこうふしんせい",
                DEPARTMENT);
        myNumber = registerOnline(uniqueCode("S"), "マイナンバーカード交付申請", "まいなんばーかーどこうふしんせい", DEPARTMENT);
        Map<String, Object> notYet = procedure(uniqueCode("S"), "妊婦健康診査費助成申請", "にんぷけんこうしんさひじょせいしんせい",
                DEPARTMENT);
        notYet.put("description", "妊娠中の健康診査の費用を助成します。届出は不要です。");
        draft = register(notYet).path("id");
    }

    private static ValidatableResponse search(String token, String q, Object... more) {
        var request = token == null ? given() : as(token);
        request = request.queryParam("q", q).queryParam("department", DEPARTMENT);
        for (int i = 0; i < more.length; i += 2) {
            request = request.queryParam((String) more[i], more[i + 1]);
        }
        return request.get("/api/v1/procedures").then().statusCode(200);
    }

    @Test
    void a_reading_in_hiragana_finds_the_name_in_kanji() {
        search(null, "にんしん").body("items[0].id", equalTo(pregnancy)).body("items[0].name", equalTo("妊娠届"));
    }

    @Test
    void the_word_in_kanji_finds_it_too() {
        search(null, "妊娠").body("items[0].id", equalTo(pregnancy));
    }

    @Test
    void katakana_and_half_width_katakana_fold_onto_the_same_reading() {
        search(null, "ニンシン").body("items[0].id", equalTo(pregnancy));
        search(null, "ﾆﾝｼﾝ").body("items[0].id", equalTo(pregnancy));
        search(null, "まいなんばー").body("items[0].id", equalTo(myNumber));
        search(null, "ﾏｲﾅﾝﾊﾞｰ").body("items[0].id", equalTo(myNumber));
    }

    @Test
    void part_of_a_word_matches() {
        search(null, "妊").body("items.id", hasItem(pregnancy));
        search(null, "ナンバ").body("items[0].id", equalTo(myNumber));
        search(null, "交付").body("items.id", hasItem(maternalHandbook)).body("items.id", hasItem(myNumber));
    }

    @Test
    void two_words_must_both_match() {
        search(null, "母子　再交付").body("total", equalTo(1)).body("items[0].id", equalTo(maternalHandbook));
        search(null, "妊娠 マイナンバー").body("total", equalTo(0));
    }

    @Test
    void the_public_finds_online_procedures_only_and_staff_find_all_best_first() {
        search(null, "妊").body("items.id", not(hasItem(draft)));
        search(Tokens.staffOf("somu"), "妊娠").body("items[0].id", equalTo(pregnancy))
                .body("items.id", hasItem(draft)).body("items[0].score", greaterThan(0f));
        search(Tokens.staffOf("somu"), "妊娠", "status", "NOT_PLANNED").body("total", equalTo(1))
                .body("items[0].id", equalTo(draft));
        search(Tokens.staffOf("somu"), "妊娠", "onlineOnly", true).body("items.id", not(hasItem(draft)));
    }

    @Test
    void a_form_title_finds_the_procedures_it_serves_and_form_kinds_filter() {
        String birth = registerOnline(uniqueCode("S"), "出生届", "しゅっしょうとどけ", DEPARTMENT);
        String formId = as(Tokens.procedureAdmin()).body(form("PROCEDURE", DEPARTMENT, "オンライン子育て手続きフォーム",
                List.of(birth))).post("/api/v1/forms").then().statusCode(201).extract().path("id");
        search(null, "子育て手続きフォーム").body("total", equalTo(0));

        as(Tokens.procedureAdmin()).header("If-Match", "\"0\"").post("/api/v1/forms/" + formId + "/publish").then()
                .statusCode(200);

        search(null, "子育て手続きフォーム").body("items[0].id", equalTo(birth));
        search(null, "", "formKind", "PROCEDURE").body("total", equalTo(1)).body("items[0].id", equalTo(birth));
        search(null, "", "formKind", "SURVEY").body("total", equalTo(0));
    }

    @Test
    void the_index_follows_an_edit_at_once() {
        String id = registerOnline(uniqueCode("S"), "犬の登録申請", "いぬのとうろくしんせい", DEPARTMENT);
        search(null, "犬").body("items[0].id", equalTo(id));
        String etag = as(Tokens.procedureAdmin()).get("/api/v1/procedures/" + id).then().extract().header("ETag");

        as(Tokens.procedureAdmin()).header("If-Match", etag)
                .body(procedure(null, "猫の登録申請", "ねこのとうろくしんせい", DEPARTMENT)).put("/api/v1/procedures/" + id)
                .then().statusCode(200);

        search(null, "犬").body("total", equalTo(0));
        search(null, "ねこ").body("items[0].id", equalTo(id));
    }

    @Test
    void a_change_made_by_another_instance_reaches_this_index_through_the_topic() throws Exception {
        // another instance writes the database and publishes the event; this instance has not seen either
        String id = UUID.randomUUID().toString();
        Config config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement insert = db.prepareStatement("""
                        insert into procedure (id, code, name, kana, department_code, category, status, status_on, updated_at)
                        values (?, ?, '空き家バンク利用登録申請', 'あきやばんくりようとうろくしんせい', ?, 'くらし', 'COMPLETED',
                                current_date, now())""")) {
            insert.setObject(1, UUID.fromString(id));
            insert.setString(2, uniqueCode("S"));
            insert.setString(3, DEPARTMENT);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        search(null, "利用登録").body("total", equalTo(0));

        CloudEvent changed = EventEnvelope.create("/madoguchi/procedures-service",
                "madoguchi.procedures.procedure-changed.v1", id, Instant.now(),
                JsonNodeFactory.instance.objectNode().put("note", "written by another instance"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PROCEDURES, id, EventEnvelope.write(changed))).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search(null, "利用登録")
                .body("items[0].id", equalTo(id)));
    }

    @Test
    void results_are_paged_and_bad_paging_is_a_problem() {
        search(Tokens.staffOf("somu"), "申請", "size", 1).body("total", greaterThan(1))
                .body("items.size()", equalTo(1));
        search(Tokens.staffOf("somu"), "", "size", 1, "page", 1).body("items.size()", equalTo(1));
        given().queryParam("size", 500).get("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("department", "Not Valid").get("/api/v1/procedures").then().statusCode(400);
    }

    @Test
    void a_long_query_of_two_hundred_characters_or_a_hundred_words_is_answered_not_an_error() {
        String kanaAndKanji = "にんしんとどけ母子健康手帳の交付申請".repeat(20).substring(0, 200);
        search(null, kanaAndKanji).body("total", equalTo(0));
        search(Tokens.staffOf("somu"), kanaAndKanji).body("total", equalTo(0));
        String hundredWords = String.join(" ", java.util.Collections.nCopies(100, "妊"));
        search(Tokens.staffOf("somu"), hundredWords).body("items.id", hasItem(pregnancy));
        String distinctWords = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
                .chars().limit(100).mapToObj(c -> String.valueOf((char) c)).collect(java.util.stream.Collectors.joining(" "));
        search(Tokens.staffOf("somu"), distinctWords).body("total", greaterThanOrEqualTo(0));
    }

    @Test
    void paging_beyond_ten_thousand_results_is_a_problem_not_an_error() {
        given().queryParam("page", Integer.MAX_VALUE).get("/api/v1/procedures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().queryParam("page", 100).queryParam("size", 100).get("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("page")).body("errors[0].message", equalTo("0から99の範囲で指定してください。"));
        given().queryParam("page", 99).queryParam("size", 100).get("/api/v1/procedures").then().statusCode(200);
        given().queryParam("page", -1).get("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }
    @Test
    void a_form_that_opens_next_month_finds_its_procedure_for_staff_but_not_yet_for_the_public() {
        String department = "somu";
        String procedure = registerOnline(uniqueCode("S"), "商店街スタンプラリー参加申請",
                "しょうてんがいすたんぷらりーさんかしんせい", department);
        Map<String, Object> body = form("CAMPAIGN", department, "来月開始の夏祭り応援キャンペーン", List.of(procedure));
        body.put("opensAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        body.put("closesAt", Instant.now().plus(60, ChronoUnit.DAYS).toString());
        String formId = as(Tokens.procedureAdmin()).body(body).post("/api/v1/forms").then().statusCode(201).extract()
                .path("id");
        as(Tokens.procedureAdmin()).header("If-Match", "\"0\"").post("/api/v1/forms/" + formId + "/publish").then()
                .statusCode(200).body("open", equalTo(false));

        given().queryParam("department", department).queryParam("q", "商店街スタンプラリー").get("/api/v1/procedures").then().statusCode(200)
                .body("items.id", hasItem(procedure));
        given().queryParam("department", department).queryParam("q", "夏祭り応援キャンペーン").get("/api/v1/procedures")
                .then().statusCode(200).body("items.id", not(hasItem(procedure)));
        given().queryParam("department", department).queryParam("formKind", "CAMPAIGN").queryParam("size", 100)
                .get("/api/v1/procedures").then().statusCode(200).body("items.id", not(hasItem(procedure)));
        as(Tokens.citizen()).queryParam("department", department).queryParam("q", "夏祭り応援キャンペーン")
                .get("/api/v1/procedures").then().statusCode(200).body("items.id", not(hasItem(procedure)));

        as(Tokens.staffOf("kodomo-katei")).queryParam("department", department).queryParam("q", "夏祭り応援キャンペーン")
                .get("/api/v1/procedures").then().statusCode(200).body("items[0].id", equalTo(procedure));
        as(Tokens.staffOf("kodomo-katei")).queryParam("department", department).queryParam("formKind", "CAMPAIGN")
                .queryParam("q", "商店街スタンプラリー").get("/api/v1/procedures").then().statusCode(200)
                .body("items.id", hasItem(procedure));
    }
}
