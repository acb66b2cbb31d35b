package org.madoguchi.procedures.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.madoguchi.procedures.Api.as;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.Api;
import org.madoguchi.procedures.Tokens;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Furigana over HTTP, as citizen pages ask for them: anyone may ask, Kuromoji reads what the registry stores no
 * reading for, the stored reading wins, and texts over the limits are refused field by field in both languages.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReadingApiTest {

    private static final String VALIDATION_FAILED = "https://madoguchi.org/problems/validation-failed";

    private static Map<String, Object> item(String text, String reading) {
        Map<String, Object> item = new HashMap<>();
        item.put("text", text);
        if (reading != null) {
            item.put("reading", reading);
        }
        return item;
    }

    private static Map<String, String> ruby(String text, String reading) {
        return Map.of("text", text, "reading", reading);
    }

    private static Map<String, String> plain(String text) {
        return Map.of("text", text);
    }

    private static ValidatableResponse read(List<Map<String, Object>> items) {
        return given().config(Api.RAW_CHARSET).contentType(ContentType.JSON).body(Map.of("items", items))
                .post("/api/v1/readings").then();
    }

    @Test
    void anyone_gets_the_readings_over_the_kanji_of_the_texts_asked_for_in_order() {
        read(List.of(item("妊娠届", "にんしんとどけ"), item("氏名", null), item("", null))).statusCode(200)
                .contentType(ContentType.JSON)
                .body("items.text", contains("妊娠届", "氏名", ""))
                .body("items[0].segments", equalTo(List.of(ruby("妊娠", "にんしん"), ruby("届", "とどけ"))))
                .body("items[1].segments", equalTo(List.of(ruby("氏名", "しめい"))))
                .body("items[2].segments", hasSize(0));
        as(Tokens.citizen()).body(Map.of("items", List.of(item("妊娠届", null)))).post("/api/v1/readings").then()
                .statusCode(200).body("items[0].segments", equalTo(List.of(ruby("妊娠", "にんしん"), ruby("届", "とどけ"))));
    }

    @Test
    void kuromoji_reads_names_word_by_word_with_okurigana_and_particles_plain() {
        read(List.of(item("住民票の写しの交付請求", null), item("届け出", null), item("個人情報の取扱いに同意します", null)))
                .statusCode(200)
                .body("items[0].segments", equalTo(List.of(ruby("住民", "じゅうみん"), ruby("票", "ひょう"), plain("の"),
                        ruby("写", "うつ"), plain("し"), plain("の"), ruby("交付", "こうふ"), ruby("請求", "せいきゅう"))))
                .body("items[1].segments", equalTo(List.of(ruby("届", "とど"), plain("け"), ruby("出", "で"))))
                .body("items[2].segments", equalTo(List.of(ruby("個人", "こじん"), ruby("情報", "じょうほう"), plain("の"),
                        ruby("取扱", "とりあつか"), plain("い"), plain("に"), ruby("同意", "どうい"), plain("し"),
                        plain("ます"))));
    }

    @Test
    void latin_letters_numbers_and_punctuation_keep_their_own_segments_without_reading() {
        read(List.of(item("ABC 123、妊娠届。", null), item("令和4年度 計画", null))).statusCode(200)
                .body("items[0].segments", equalTo(List.of(plain("ABC"), plain(" "), plain("123"), plain("、"),
                        ruby("妊娠", "にんしん"), ruby("届", "とどけ"), plain("。"))))
                .body("items[1].segments", equalTo(List.of(ruby("令和", "れいわ"), plain("4"), ruby("年度", "ねんど"),
                        plain(" "), ruby("計画", "けいかく"))));
    }

    @Test
    void the_small_ke_and_the_iteration_mark_are_read_with_their_kanji_and_unknown_kanji_get_no_reading() {
        read(List.of(item("市ヶ谷の人々", null), item("鱻の申請", null))).statusCode(200)
                .body("items[0].segments", equalTo(List.of(ruby("市ヶ谷", "いちがや"), plain("の"), ruby("人々", "ひとびと"))))
                .body("items[1].segments", equalTo(List.of(plain("鱻"), plain("の"), ruby("申請", "しんせい"))));
    }

    @Test
    void the_stored_reading_wins_where_kuromoji_reads_a_name_otherwise() {
        // 鹿野町 (a branch office of the city) is しかのちょう; Kuromoji reads かのまち
        read(List.of(item("鹿野町総合支所", null), item("鹿野町総合支所", "しかのちょうそうごうししょ"),
                item("鹿野町総合支所 地域振興課", "シカノチョウソウゴウシショ チイキシンコウカ"), item("林務水産課", "りんむすいさんか")))
                .statusCode(200)
                .body("items[0].segments", equalTo(List.of(ruby("鹿野", "かの"), ruby("町", "まち"), ruby("総合", "そうごう"),
                        ruby("支所", "ししょ"))))
                .body("items[1].segments", equalTo(List.of(ruby("鹿野町総合支所", "しかのちょうそうごうししょ"))))
                .body("items[2].segments", equalTo(List.of(ruby("鹿野町総合支所", "しかのちょうそうごうししょ"), plain(" "),
                        ruby("地域振興課", "ちいきしんこうか"))))
                .body("items[3].segments", equalTo(List.of(ruby("林務水産課", "りんむすいさんか"))));
    }

    @Test
    void more_than_200_texts_or_a_text_over_500_characters_is_a_problem_naming_each_field_in_japanese_and_english() {
        List<Map<String, Object>> items = new ArrayList<>(Collections.nCopies(201, item("届", null)));
        items.set(3, item("届".repeat(501), null));
        items.set(5, item("妊娠届", "妊娠届"));

        read(items).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("items", "items[3].text", "items[5].reading"))
                .body("errors.message", contains("200件以内にしてください。", "500文字以内で入力してください。",
                        "ひらがな又はカタカナで入力してください。"));
        given().config(Api.RAW_CHARSET).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("items", items)).post("/api/v1/readings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.message", contains("Please use at most 200.", "Please use at most 500 characters.",
                        "Please write the reading in hiragana or katakana."));
        given().config(Api.RAW_CHARSET).contentType(ContentType.JSON).body("{}").post("/api/v1/readings").then()
                .statusCode(400).body("errors.field", contains("items"));
        read(List.of(item("届".repeat(500), null))).statusCode(200).body("items[0].text", equalTo("届".repeat(500)));
    }

    @Test
    void text_no_json_body_may_carry_is_refused_naming_the_field() {
        given().config(Api.RAW_CHARSET).contentType(ContentType.JSON).body("{\"items\":[{\"text\":\"妊娠\\u0000届\"}]}")
                .post("/api/v1/readings").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://madoguchi.org/problems/invalid-text"))
                .body("errors.field", contains("items[0].text"));
    }
}
