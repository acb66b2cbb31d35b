package org.madoguchi.procedures.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.madoguchi.procedures.Api.as;
import static org.madoguchi.procedures.Api.form;
import static org.madoguchi.procedures.Api.procedure;
import static org.madoguchi.procedures.Api.register;
import static org.madoguchi.procedures.Api.uniqueCode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.procedures.Tokens;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * Forms over HTTP: drafts, publication, versions, periods, attachment limits and processing periods, who
 * sees what, and their QR codes.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FormApiTest {

    private static String create(Map<String, Object> body) {
        return as(Tokens.procedureAdmin()).body(body).post("/api/v1/forms").then().statusCode(201).extract().path("id");
    }

    private static Response act(String id, String action) {
        String etag = as(Tokens.procedureAdmin()).get("/api/v1/forms/" + id).then().extract().header("ETag");
        return as(Tokens.procedureAdmin()).header("If-Match", etag).post("/api/v1/forms/" + id + "/" + action);
    }

    @Test
    void a_draft_is_hidden_from_the_public_until_it_is_published() {
        String procedure = register(procedure(uniqueCode("F"), "妊娠届", "にんしんとどけ", "kenko-kosodate")).path("id");
        String id = create(form("PROCEDURE", "kenko-kosodate", "妊娠届出フォーム", List.of(procedure)));

        given().get("/api/v1/forms/" + id).then().statusCode(404);
        as(Tokens.staffOf("somu")).get("/api/v1/forms/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("open", equalTo(false));

        act(id, "publish").then().statusCode(200).body("status", equalTo("PUBLISHED")).body("version", equalTo(1));

        given().get("/api/v1/forms/" + id).then().statusCode(200).body("title", equalTo("妊娠届出フォーム"))
                .body("open", equalTo(true))
                .body("publicUrl", equalTo("http://localhost:8080/forms/" + id))
                .body("fields.key", equalTo(List.of("name", "postalCode", "consent")))
                .body("fields[1].type", equalTo("POSTAL_CODE"))
                .body("kindLabel.ja", equalTo("手続き"));
        given().queryParam("size", 100).get("/api/v1/forms").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void editing_a_published_form_makes_a_new_version_and_the_old_one_stays_readable() {
        String id = create(form("SURVEY", "joho-seisaku", "電子申請の使いやすさアンケート", List.of()));
        act(id, "publish").then().statusCode(200);
        Map<String, Object> changed = form("SURVEY", "joho-seisaku", "電子申請の使いやすさアンケート（改訂）", List.of());
        changed.put("fields", List.of(Map.of("key", "rating", "label", "満足度", "type", "SINGLE_CHOICE",
                "required", true, "choices", List.of("満足", "普通", "不満"))));
        String etag = as(Tokens.procedureAdmin()).get("/api/v1/forms/" + id).then().extract().header("ETag");

        as(Tokens.staffOf("joho-seisaku")).header("If-Match", etag).body(changed).put("/api/v1/forms/" + id).then()
                .statusCode(200).body("version", equalTo(2)).body("status", equalTo("PUBLISHED"));

        given().get("/api/v1/forms/" + id + "/versions/1").then().statusCode(200)
                .body("title", equalTo("電子申請の使いやすさアンケート")).body("fields.key", hasItem("postalCode"));
        given().get("/api/v1/forms/" + id + "/versions/2").then().statusCode(200)
                .body("fields[0].choices", equalTo(List.of("満足", "普通", "不満")));
        given().get("/api/v1/forms/" + id + "/versions/3").then().statusCode(404);
    }

    @Test
    void editing_a_draft_changes_it_in_place() {
        String id = create(form("EVENT", "choju-shakai", "介護予防教室 申込", List.of()));
        Map<String, Object> changed = form("EVENT", "choju-shakai", "介護予防教室 参加申込", List.of());

        as(Tokens.staffOf("choju-shakai")).header("If-Match", "\"0\"").body(changed).put("/api/v1/forms/" + id).then()
                .statusCode(200).body("version", equalTo(1)).body("title", equalTo("介護予防教室 参加申込"));
    }

    @Test
    void a_closed_form_is_hidden_from_the_public_and_cannot_be_closed_twice_or_edited() {
        String id = create(form("CAMPAIGN", "joho-seisaku", "公式LINE登録ありがとうキャンペーン", List.of()));
        act(id, "publish").then().statusCode(200);
        act(id, "publish").then().statusCode(409);

        act(id, "close").then().statusCode(200).body("status", equalTo("CLOSED"));

        given().get("/api/v1/forms/" + id).then().statusCode(404);
        act(id, "close").then().statusCode(409).body("title", equalTo("この様式は受付を終了できません"));
        String etag = as(Tokens.procedureAdmin()).get("/api/v1/forms/" + id).then().extract().header("ETag");
        as(Tokens.procedureAdmin()).header("If-Match", etag).body(form("CAMPAIGN", "joho-seisaku", "変更", List.of()))
                .put("/api/v1/forms/" + id).then().statusCode(409);
        given().get("/api/v1/forms/" + id + "/versions/1").then().statusCode(404);
        as(Tokens.staffOf("somu")).get("/api/v1/forms/" + id + "/versions/1").then().statusCode(200);
    }

    @Test
    void a_form_outside_its_period_is_not_open_to_the_public() {
        Map<String, Object> body = form("EVENT", "somu", "来年のイベント申込", List.of());
        body.put("opensAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        body.put("closesAt", Instant.now().plus(60, ChronoUnit.DAYS).toString());
        String id = create(body);
        act(id, "publish").then().statusCode(200).body("open", equalTo(false));

        given().get("/api/v1/forms/" + id).then().statusCode(404);
        given().queryParam("size", 100).get("/api/v1/forms").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void a_period_that_ends_before_it_starts_and_broken_fields_are_refused_field_by_field() {
        Map<String, Object> body = form("SURVEY", "somu", "期間の誤ったアンケート", List.of());
        body.put("opensAt", "2026-05-01T00:00:00Z");
        body.put("closesAt", "2026-04-01T00:00:00Z");
        List<Object> fields = new ArrayList<>((List<?>) body.get("fields"));
        fields.add(Map.of("key", "name", "label", "重複", "type", "TEXT"));
        fields.add(Map.of("key", "choice", "label", "選択", "type", "SINGLE_CHOICE", "choices", List.of("一つだけ")));
        fields.add(Map.of("key", "zip", "label", "郵便", "type", "POSTAL_CODE", "maxLength", 8));
        fields.add(Map.of("key", "free", "label", "自由", "type", "TEXT", "pattern", "([a-z"));
        body.put("fields", fields);

        as(Tokens.procedureAdmin()).header("Accept-Language", "en").body(body).post("/api/v1/forms").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("closesAt", "fields[3].key", "fields[4].choices",
                        "fields[5].maxLength", "fields[6].pattern"))
                .body("errors.find { it.field == 'closesAt' }.message", equalTo("The form must close after it opens."));
        as(Tokens.procedureAdmin()).body(body).post("/api/v1/forms").then().statusCode(400)
                .body("errors.find { it.field == 'closesAt' }.code", equalTo("period-ends-before-start"))
                .body("errors.find { it.field == 'closesAt' }.message",
                        equalTo("受付終了日時は受付開始日時より後にしてください。"));
    }

    private static Map<String, Object> withAttachment(String title) {
        Map<String, Object> body = form("PROCEDURE", "kenko-kosodate", title, List.of());
        List<Object> fields = new ArrayList<>((List<?>) body.get("fields"));
        fields.add(Map.of("key", "handbook", "label", "母子健康手帳の写し", "labelEn", "Copy of the handbook",
                "type", "ATTACHMENT", "required", true));
        fields.add(Map.of("key", "myNumber", "label", "個人番号", "type", "MY_NUMBER", "required", true));
        body.put("fields", fields);
        body.put("standardProcessingDays", 10);
        body.put("attachmentLimits", Map.of("maxFileBytes", 10_485_760, "maxFiles", 3));
        return body;
    }

    @Test
    void a_form_with_an_attachment_field_keeps_its_limits_and_processing_period_in_every_version() {
        String id = create(withAttachment("妊娠届出（添付あり）"));
        act(id, "publish").then().statusCode(200);

        given().get("/api/v1/forms/" + id).then().statusCode(200)
                .body("standardProcessingDays", equalTo(10))
                .body("attachmentLimits.maxFileBytes", equalTo(10_485_760))
                .body("attachmentLimits.maxFiles", equalTo(3))
                .body("fields.type", equalTo(List.of("TEXT", "POSTAL_CODE", "CONSENT", "ATTACHMENT", "MY_NUMBER")))
                .body("fields[3].typeLabel.ja", equalTo("添付ファイル"))
                .body("fields[3].typeLabel.en", equalTo("Attachment"))
                .body("fields[4].typeLabel.ja", equalTo("個人番号（マイナンバー）"))
                .body("fields[4].minLength", equalTo(null))
                .body("fields[4].choices", equalTo(List.of()));

        Map<String, Object> withoutFiles = form("PROCEDURE", "kenko-kosodate", "妊娠届出（添付なし）", List.of());
        String etag = as(Tokens.procedureAdmin()).get("/api/v1/forms/" + id).then().extract().header("ETag");
        as(Tokens.staffOf("kenko-kosodate")).header("If-Match", etag).body(withoutFiles).put("/api/v1/forms/" + id)
                .then().statusCode(200).body("version", equalTo(2))
                .body("standardProcessingDays", equalTo(null)).body("attachmentLimits", equalTo(null));

        given().get("/api/v1/forms/" + id + "/versions/1").then().statusCode(200)
                .body("standardProcessingDays", equalTo(10)).body("attachmentLimits.maxFiles", equalTo(3))
                .body("fields[3].type", equalTo("ATTACHMENT"));
        given().get("/api/v1/forms/" + id + "/versions/2").then().statusCode(200)
                .body("attachmentLimits", equalTo(null)).body("fields.type", not(hasItem("ATTACHMENT")));
    }

    @Test
    void attachment_limits_are_required_with_an_attachment_field_and_refused_without_in_both_languages() {
        String title = "上限の誤った様式 " + uniqueCode("T");
        Map<String, Object> missing = withAttachment(title);
        missing.remove("attachmentLimits");
        Map<String, Object> needless = form("SURVEY", "kenko-kosodate", title, List.of());
        needless.put("attachmentLimits", Map.of("maxFileBytes", 1024, "maxFiles", 1));

        as(Tokens.procedureAdmin()).body(missing).post("/api/v1/forms").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("attachmentLimits")))
                .body("errors[0].code", equalTo("attachment-limits-required"))
                .body("errors[0].message", equalTo(
                        "添付ファイルの項目がある様式では、添付ファイルの上限（1ファイルの最大サイズと最大ファイル数）を指定してください。"));
        as(Tokens.procedureAdmin()).header("Accept-Language", "en").body(missing).post("/api/v1/forms").then()
                .statusCode(400).body("errors[0].message", equalTo(
                        "A form with an attachment field needs attachment limits: the largest file and the most files."));
        as(Tokens.procedureAdmin()).body(needless).post("/api/v1/forms").then().statusCode(400)
                .body("errors.field", equalTo(List.of("attachmentLimits")))
                .body("errors[0].code", equalTo("attachment-limits-without-attachment-field"))
                .body("errors[0].message", equalTo("添付ファイルの上限は、添付ファイルの項目がある様式にだけ指定できます。"));
        as(Tokens.procedureAdmin()).header("Accept-Language", "en").body(needless).post("/api/v1/forms").then()
                .statusCode(400).body("errors[0].message",
                        equalTo("Attachment limits can only be given for a form with an attachment field."));

        as(Tokens.staffOf("kenko-kosodate")).queryParam("department", "kenko-kosodate").queryParam("size", 100)
                .get("/api/v1/forms").then().statusCode(200).body("items.title", not(hasItem(title)));
    }

    @Test
    void settings_out_of_range_and_rules_a_field_type_does_not_take_are_refused_field_by_field() {
        Map<String, Object> body = withAttachment("範囲外の様式");
        List<Object> fields = new ArrayList<>((List<?>) body.get("fields"));
        fields.add(Map.of("key", "scan", "label", "写し", "type", "ATTACHMENT", "maxLength", 10));
        fields.add(Map.of("key", "number", "label", "番号", "type", "MY_NUMBER", "pattern", "^[0-9]{12}$"));
        body.put("fields", fields);
        body.put("standardProcessingDays", 366);
        body.put("attachmentLimits", Map.of("maxFileBytes", 52_428_801, "maxFiles", 21));

        as(Tokens.procedureAdmin()).body(body).post("/api/v1/forms").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("standardProcessingDays", "attachmentLimits.maxFileBytes",
                        "attachmentLimits.maxFiles", "fields[5].maxLength", "fields[6].pattern"))
                .body("errors.find { it.field == 'standardProcessingDays' }.message",
                        equalTo("1から365の範囲で指定してください。"))
                .body("errors.find { it.field == 'attachmentLimits.maxFileBytes' }.message",
                        equalTo("1バイトから52,428,800バイト（50MiB）の範囲で指定してください。"))
                .body("errors.find { it.field == 'attachmentLimits.maxFiles' }.message",
                        equalTo("1から20の範囲で指定してください。"))
                .body("errors.find { it.field == 'fields[5].maxLength' }.message",
                        equalTo("この設定は項目の種類「添付ファイル」には使えません。"))
                .body("errors.find { it.field == 'fields[6].pattern' }.message",
                        equalTo("この設定は項目の種類「個人番号（マイナンバー）」には使えません。"));
        as(Tokens.procedureAdmin()).header("Accept-Language", "en").body(body).post("/api/v1/forms").then()
                .statusCode(400)
                .body("errors.find { it.field == 'attachmentLimits.maxFileBytes' }.message",
                        equalTo("Please use a size from 1 byte to 52,428,800 bytes (50 MiB)."))
                .body("errors.find { it.field == 'fields[5].maxLength' }.message",
                        equalTo("This setting is not available for fields of type \"Attachment\"."))
                .body("errors.find { it.field == 'fields[6].pattern' }.message",
                        equalTo("This setting is not available for fields of type"
                                + " \"Individual number (My Number)\"."));

        body.put("attachmentLimits", Map.of("maxFiles", 2));
        body.put("standardProcessingDays", 0);
        body.put("fields", fields.subList(0, 5));
        as(Tokens.procedureAdmin()).body(body).post("/api/v1/forms").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("standardProcessingDays", "attachmentLimits.maxFileBytes"))
                .body("errors.find { it.field == 'attachmentLimits.maxFileBytes' }.code", equalTo("not-blank"));
    }

    @Test
    void the_api_description_offers_attachment_and_individual_number_fields() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.FieldType.enum", hasItems("ATTACHMENT", "MY_NUMBER", "TEXT"));
    }

    @Test
    void a_form_cannot_serve_a_procedure_that_does_not_exist_nor_belong_to_another_department() {
        as(Tokens.procedureAdmin()).body(form("PROCEDURE", "somu", "様式", List.of("00000000-0000-0000-0000-000000000001")))
                .post("/api/v1/forms").then().statusCode(400)
                .body("errors[0].field", equalTo("procedureIds[0]"))
                .body("errors[0].code", equalTo("unknown-procedure"));
        as(Tokens.staffOf("somu")).body(form("PROCEDURE", "shiminzei", "他課の様式", List.of())).post("/api/v1/forms")
                .then().statusCode(403);

        String own = register(procedure(uniqueCode("F"), "総務の届出", "そうむのとどけで", "somu")).path("id");
        String taxes = register(procedure(uniqueCode("F"), "市民税の申告", "しみんぜいのしんこく", "shiminzei")).path("id");
        String title = "他課の手続きに紐づける様式 " + uniqueCode("T");
        as(Tokens.staffOf("somu")).body(form("PROCEDURE", "somu", title, List.of(own, taxes))).post("/api/v1/forms")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("担当課ではありません"));
        as(Tokens.staffOf("somu")).queryParam("department", "somu").queryParam("size", 100).get("/api/v1/forms").then()
                .statusCode(200).body("items.title", not(hasItem(title)));
    }

    @Test
    void staff_cannot_link_nor_unlink_another_departments_procedure_when_editing_their_form() {
        String own = register(procedure(uniqueCode("F"), "総務の申請", "そうむのしんせい", "somu")).path("id");
        String taxes = register(procedure(uniqueCode("F"), "市民税の減免", "しみんぜいのげんめん", "shiminzei")).path("id");
        String id = create(form("PROCEDURE", "somu", "総務の様式", List.of(own)));

        as(Tokens.staffOf("somu")).header("If-Match", "\"0\"")
                .body(form("PROCEDURE", "somu", "総務の様式", List.of(own, taxes))).put("/api/v1/forms/" + id).then()
                .statusCode(403);
        as(Tokens.staffOf("somu")).get("/api/v1/forms/" + id).then().statusCode(200)
                .body("procedureIds", equalTo(List.of(own))).body("revision", equalTo(0));

        String linked = create(form("PROCEDURE", "somu", "両課の様式", List.of(own, taxes)));
        as(Tokens.staffOf("somu")).header("If-Match", "\"0\"")
                .body(form("PROCEDURE", "somu", "両課の様式", List.of(own))).put("/api/v1/forms/" + linked).then()
                .statusCode(403);
        as(Tokens.staffOf("somu")).header("If-Match", "\"0\"")
                .body(form("PROCEDURE", "somu", "両課の様式（改）", List.of(own, taxes))).put("/api/v1/forms/" + linked)
                .then().statusCode(200).body("title", equalTo("両課の様式（改）"));
    }

    @Test
    void paging_the_forms_beyond_ten_thousand_is_a_problem_not_an_error() {
        given().queryParam("page", Integer.MAX_VALUE).get("/api/v1/forms").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        as(Tokens.staffOf("somu")).queryParam("page", 21_474_837).queryParam("size", 100).get("/api/v1/forms").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
        as(Tokens.staffOf("somu")).queryParam("page", 99).queryParam("size", 100).get("/api/v1/forms").then()
                .statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void the_qr_code_opens_the_public_url_as_png_and_as_svg_and_is_cacheable() throws Exception {
        String id = create(form("SURVEY", "joho-seisaku", "QRコードのアンケート", List.of()));
        given().get("/api/v1/forms/" + id + "/qr.png").then().statusCode(404);
        act(id, "publish").then().statusCode(200);

        Response png = given().queryParam("size", 400).queryParam("margin", 2).get("/api/v1/forms/" + id + "/qr.png");
        png.then().statusCode(200).contentType("image/png").header("Cache-Control", containsString("max-age=86400"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.asByteArray()));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(decode(image)).isEqualTo("http://localhost:8080/forms/" + id);

        String etag = png.header("ETag");
        given().queryParam("size", 400).queryParam("margin", 2).header("If-None-Match", etag)
                .get("/api/v1/forms/" + id + "/qr.png").then().statusCode(304);
        given().queryParam("size", 401).queryParam("margin", 2).header("If-None-Match", etag)
                .get("/api/v1/forms/" + id + "/qr.png").then().statusCode(200);

        String svg = given().queryParam("size", 256).get("/api/v1/forms/" + id + "/qr.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        assertThat(svg).startsWith("<?xml").contains("<svg", "width=\"256\"", "viewBox=\"0 0 ", "<path");
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(20_000);

        given().queryParam("size", 10).get("/api/v1/forms/" + id + "/qr.png").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static String decode(BufferedImage image) throws IOException {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        } catch (NotFoundException unreadable) {
            throw new IOException("no QR code in the image", unreadable);
        }
    }
}
