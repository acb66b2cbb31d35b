package org.madoguchi.procedures.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.madoguchi.procedures.Api.as;
import static org.madoguchi.procedures.Api.uniqueCode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.procedures.Api;
import org.madoguchi.procedures.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/** CSV import and export as city staff use them: Excel's Shift_JIS, all or nothing, idempotent, round trip. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CsvImportTest {

    private static final Charset CP932 = Charset.forName("MS932");
    private static final String HEADER = "手続きコード,手続き名,よみがな,担当課,分類,状況,計画年度,完了日,見直し理由,備考\r\n";

    private static ValidatableResponse upload(String token, byte[] csv, String contentType) {
        return given().config(Api.RAW_CHARSET).auth().oauth2(token).contentType(contentType).body(csv).post("/api/v1/procedures/import")
                .then();
    }

    private static ValidatableResponse find(String code) {
        return as(Tokens.procedureAdmin()).queryParam("q", code).get("/api/v1/procedures").then().statusCode(200);
    }

    @Test
    void imports_a_utf8_file_with_japanese_headers_and_department_names_and_codes() {
        String a = uniqueCode("CSV");
        String b = uniqueCode("CSV");
        String c = uniqueCode("CSV");
        String csv = "\uFEFF" + HEADER
                + a + ",介護保険負担限度額認定申請,かいごほけんふたんげんどがくにんていしんせい,長寿社会課,申請,未計画,,,,\r\n"
                + b + ",\"市税の期限延長申請（\"\"災害時\"\"）\",しぜいのきげんえんちょうしんせい,shiminzei,申請,計画,2030,,,\r\n"
                + c + ",犬の登録申請,いぬのとうろくしんせい,somu,届出,完了,,2025/4/1,,\r\n";

        upload(Tokens.procedureAdmin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200)
                .body("rows", equalTo(3)).body("registered", equalTo(3)).body("unchanged", equalTo(0))
                .body("encoding", equalTo("UTF-8"));

        find(a).body("items[0].department.code", equalTo("choju-shakai")).body("items[0].status", equalTo("NOT_PLANNED"));
        find(b).body("items[0].name", equalTo("市税の期限延長申請（\"災害時\"）")).body("items[0].status", equalTo("PLANNED"));
        find(c).body("items[0].status", equalTo("COMPLETED"));
    }

    @Test
    void imports_a_shift_jis_file_saved_by_excel_with_or_without_a_declared_charset() {
        String declared = uniqueCode("SJIS");
        String detected = uniqueCode("SJIS");
        String csv = HEADER
                + declared + ",髙島屋前広場使用許可申請①,たかしまやまえひろばしようきょかしんせい,総務課,申請,未計画,,,,\r\n";
        String other = HEADER
                + detected + ",ﾊﾞｽ停留所使用届,ばすていりゅうじょしようとどけ,総務課,届出,計画,令和12年度,,,\r\n";

        upload(Tokens.procedureAdmin(), csv.getBytes(CP932), "text/csv; charset=Shift_JIS").statusCode(200)
                .body("registered", equalTo(1)).body("encoding", equalTo("windows-31j"));
        upload(Tokens.procedureAdmin(), other.getBytes(CP932), "text/csv").statusCode(200)
                .body("registered", equalTo(1)).body("encoding", equalTo("windows-31j"));

        find(declared).body("items[0].name", equalTo("髙島屋前広場使用許可申請①"));
        find(detected).body("items[0].name", equalTo("ﾊﾞｽ停留所使用届"))
                .body("items[0].kana", equalTo("ばすていりゅうじょしようとどけ"));
    }

    @Test
    void a_file_with_bad_lines_is_rejected_whole_with_a_report_of_every_bad_line() {
        String good = uniqueCode("OK");
        String csv = HEADER
                + good + ",正しい行,ただしいぎょう,somu,申請,未計画,,,,\r\n"
                + uniqueCode("BAD") + ",課が違う,かがちがう,存在しない課,申請,未計画,,,,\r\n"
                + uniqueCode("BAD") + ",読みと日付が違う,Yomi,somu,申請,完了,,2022-13-45,,\r\n"
                + good + ",同じコード,おなじこーど,somu,申請,対応見直し,2030,,理由なし,\r\n";

        upload(Tokens.procedureAdmin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("CSVを取り込めませんでした"))
                .body("detail", equalTo("3行に誤りがあるため、どの行も取り込んでいません。誤りを直してからもう一度取り込んでください。"))
                .body("errors.field", containsInAnyOrder("lines[3].department", "lines[4].kana",
                        "lines[4].completedOn", "lines[5].revisionReason"))
                .body("errors.find { it.field == 'lines[3].department' }.message",
                        equalTo("課・室 存在しない課 は登録されていません。"));

        find(good).body("total", equalTo(0));
    }

    @Test
    void errors_name_the_line_of_the_file_even_after_a_cell_that_spans_lines_and_an_empty_line() {
        String csv = "手続きコード,手続き名,よみがな,担当課,分類,説明\r\n"
                + uniqueCode("ML") + ",複数行の説明,ふくすうぎょうのせつめい,somu,申請,\"一行目\r\n二行目\r\n三行目\"\r\n"
                + "\r\n"
                + uniqueCode("ML") + ",課が違う,かがちがう,存在しない課,申請,説明\r\n";

        upload(Tokens.procedureAdmin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(422)
                .body("errors.field", equalTo(java.util.List.of("lines[6].department")));
    }

    @Test
    void a_line_that_breaks_the_status_rules_rejects_the_file() {
        String code = uniqueCode("RULE");
        upload(Tokens.procedureAdmin(), (HEADER + code + ",手続き,てつづき,somu,申請,完了,,2025-04-01,,\r\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200);

        upload(Tokens.procedureAdmin(), (HEADER + code + ",手続き,てつづき,somu,申請,計画,2031,,,\r\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(422)
                .body("errors[0].field", equalTo("lines[2].status"))
                .body("errors[0].code", equalTo("invalid-status-transition"));
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time() {
        String a = uniqueCode("TWICE");
        String b = uniqueCode("TWICE");
        byte[] csv = (HEADER + a + ",一度目,いちどめ,somu,申請,計画,2030,,,\r\n"
                + b + ",二つ目,ふたつめ,kodomo-katei,補助金,対応見直し,2030,,メールによる対応に変更,\r\n")
                .getBytes(StandardCharsets.UTF_8);

        upload(Tokens.procedureAdmin(), csv, "text/csv").statusCode(200).body("registered", equalTo(2));
        upload(Tokens.procedureAdmin(), csv, "text/csv").statusCode(200).body("registered", equalTo(0))
                .body("edited", equalTo(0)).body("statusChanged", equalTo(0)).body("unchanged", equalTo(2));

        String id = find(b).extract().path("items[0].id");
        as(Tokens.procedureAdmin()).get("/api/v1/procedures/" + id + "/history").then()
                .body("kind", equalTo(java.util.List.of("REGISTERED", "STATUS_CHANGED")));
    }

    @Test
    void a_known_code_is_brought_up_to_date_and_its_status_moved() {
        String code = uniqueCode("UPD");
        upload(Tokens.procedureAdmin(), (HEADER + code + ",旧名,きゅうめい,somu,申請,計画,2030,,,\r\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200);

        upload(Tokens.procedureAdmin(), (HEADER + code + ",新名,しんめい,somu,申請,完了,2030,2025-06-01,,\r\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200)
                .body("edited", equalTo(1)).body("statusChanged", equalTo(1)).body("registered", equalTo(0));

        find(code).body("items[0].name", equalTo("新名")).body("items[0].status", equalTo("COMPLETED"));
    }

    @Test
    void staff_import_only_their_own_department() {
        String csv = HEADER + uniqueCode("STAFF") + ",他課の手続き,たかのてつづき,shiminzei,申請,未計画,,,,\r\n";

        upload(Tokens.staffOf("somu"), csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(422)
                .body("errors[0].field", equalTo("lines[2].department"))
                .body("errors[0].code", equalTo("not-permitted-for-department"));
        upload(Tokens.citizen(), csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(403);
    }

    @Test
    void a_completion_line_names_only_a_form_the_importer_maintains_that_serves_the_procedure() {
        String code = uniqueCode("FORM");
        String other = uniqueCode("FORM");
        upload(Tokens.procedureAdmin(), (HEADER + code + ",様式で完了する手続き,ようしきでかんりょうするてつづき,somu,申請,未計画,,,,\r\n"
                + other + ",別の手続き,べつのてつづき,somu,申請,未計画,,,,\r\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(200);
        String id = find(code).extract().path("items[0].id");
        String otherId = find(other).extract().path("items[0].id");
        String taxForm = as(Tokens.procedureAdmin()).body(Api.form("PROCEDURE", "shiminzei", "市民税課の様式",
                java.util.List.of(id))).post("/api/v1/forms").then().statusCode(201).extract().path("id");
        String unrelated = as(Tokens.procedureAdmin()).body(Api.form("PROCEDURE", "somu", "別の手続きの様式",
                java.util.List.of(otherId))).post("/api/v1/forms").then().statusCode(201).extract().path("id");
        String header = "手続きコード,手続き名,よみがな,担当課,分類,状況,完了日,様式ID\r\n";
        String line = code + ",様式で完了する手続き,ようしきでかんりょうするてつづき,somu,申請,完了,2025-04-01,";

        upload(Tokens.staffOf("somu"), (header + line + taxForm + "\r\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(422).body("errors[0].field", equalTo("lines[2].formId"))
                .body("errors[0].code", equalTo("not-permitted-for-form"));
        upload(Tokens.staffOf("somu"), (header + line + unrelated + "\r\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(422).body("errors[0].field", equalTo("lines[2].formId"))
                .body("errors[0].code", equalTo("form-does-not-serve-procedure"));
        find(code).body("items[0].status", equalTo("NOT_PLANNED"));
    }

    @Test
    void a_malformed_file_a_wrong_header_and_an_oversized_upload_are_refused() {
        upload(Tokens.procedureAdmin(), (HEADER + "X1,\"閉じていない引用符,よみ,somu,申請,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(400).body("title", equalTo("CSVの形式が正しくありません"));
        upload(Tokens.procedureAdmin(), "手続きコード,名前\r\nX1,名\r\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(400).body("title", equalTo("CSVの見出し行が正しくありません"))
                .body("errors.code", hasItem("csv-unknown-column"))
                .body("errors.code", hasItem("csv-missing-column"));
        upload(Tokens.procedureAdmin(), HEADER.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(422)
                .body("errors[0].code", equalTo("import-empty"));

        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        upload(Tokens.procedureAdmin(), big, "text/csv").statusCode(413).body("title", equalTo("ファイルが大きすぎます"));
    }

    @Test
    void the_export_has_the_import_shape_so_it_imports_again_without_changes() {
        String code = uniqueCode("EXP");
        upload(Tokens.procedureAdmin(), (HEADER + code + ",出力される手続き,しゅつりょくされるてつづき,somu,申請,計画,2030,,,\r\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200);

        byte[] exported = as(Tokens.staffOf("somu")).get("/api/v1/procedures/export").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF手続きコード,手続き名,よみがな,担当課,分類,説明,根拠法令,押印,書面,対面")
                .contains(code + ",出力される手続き,しゅつりょくされるてつづき,somu,申請");
        int lines = (int) text.lines().count() - 1;

        upload(Tokens.procedureAdmin(), exported, "text/csv").statusCode(200).body("rows", equalTo(lines))
                .body("unchanged", equalTo(lines));

        byte[] sjis = as(Tokens.staffOf("somu")).header("Accept-Language", "en")
                .queryParam("encoding", "Shift_JIS").get("/api/v1/procedures/export").then().statusCode(200)
                .contentType("text/csv; charset=Shift_JIS").extract().asByteArray();
        assertThat(new String(sjis, CP932)).startsWith("code,name,kana,department").contains("出力される手続き");
        as(Tokens.citizen()).get("/api/v1/procedures/export").then().statusCode(403);
    }
    private static String exported(String encoding, Charset charset) {
        return new String(as(Tokens.procedureAdmin()).queryParam("encoding", encoding)
                .get("/api/v1/procedures/export").then().statusCode(200).extract().asByteArray(), charset);
    }

    /** The header line of an export and the line of one procedure, as a file of their own. */
    private static String headerAndLineOf(String export, String code) {
        List<String> lines = export.lines().toList();
        String line = lines.stream().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
        return lines.get(0) + "\r\n" + line + "\r\n";
    }

    @Test
    void a_wave_dash_is_exported_in_shift_jis_and_imports_again_unchanged() {
        String code = uniqueCode("WAVE");
        Map<String, Object> body = Api.procedure(code, "夜間窓口予約", "やかんまどぐちよやく", "somu");
        body.put("description", "受付は9時\u301C17時、\u22125℃以下の日は休み、¢£¬の表記");
        String id = Api.register(body).path("id");

        String line = headerAndLineOf(exported("Shift_JIS", CP932), code);
        assertThat(line).contains("受付は9時\uFF5E17時、\uFF0D5℃以下の日は休み、\uFFE0\uFFE1\uFFE2の表記")
                .doesNotContain("?");

        upload(Tokens.procedureAdmin(), line.getBytes(CP932), "text/csv; charset=Shift_JIS").statusCode(200)
                .body("rows", equalTo(1)).body("unchanged", equalTo(1)).body("edited", equalTo(0));
        as(Tokens.procedureAdmin()).get("/api/v1/procedures/" + id).then().statusCode(200)
                .body("description", equalTo("受付は9時\u301C17時、\u22125℃以下の日は休み、¢£¬の表記"));
    }

    @Test
    void an_emoji_cannot_be_exported_in_shift_jis_and_the_problem_names_the_procedure_but_utf8_exports_it() {
        String code = uniqueCode("EMOJI");
        Map<String, Object> body = Api.procedure(code, "子ども向けイベント申込", "こどもむけいべんともうしこみ", "somu");
        body.put("description", "楽しいイベントです\uD83D\uDE00");
        String id = Api.register(body).path("id");
        try {
            as(Tokens.procedureAdmin()).queryParam("encoding", "Shift_JIS").get("/api/v1/procedures/export").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("title", equalTo("書き出せない文字があります"))
                    .body("detail", containsString(code)).body("detail", containsString("UTF-8"))
                    .body("errors.field", hasItem(matchesPattern("rows\\[\\d+\\]\\.description")))
                    .body("errors.find { it.field.endsWith('description') }.message",
                            equalTo("手続き " + code + "：\uD83D\uDE00 (U+1F600) は選んだ文字コードで書き出せません。"));
            as(Tokens.procedureAdmin()).header("Accept-Language", "en").queryParam("encoding", "Shift_JIS")
                    .get("/api/v1/procedures/export").then().statusCode(422)
                    .body("title", equalTo("Characters the encoding cannot write"))
                    .body("detail", containsString("Please export in UTF-8"));

            assertThat(headerAndLineOf(exported("UTF-8", StandardCharsets.UTF_8), code))
                    .contains("楽しいイベントです\uD83D\uDE00");
        } finally {
            // the other tests export every procedure in Shift_JIS
            body.remove("code");
            body.put("description", "楽しいイベントです");
            String etag = as(Tokens.procedureAdmin()).get("/api/v1/procedures/" + id).then().extract().header("ETag");
            as(Tokens.procedureAdmin()).header("If-Match", etag).body(body).put("/api/v1/procedures/" + id).then()
                    .statusCode(200);
        }
    }

    @Test
    void a_cell_that_would_start_a_spreadsheet_formula_is_exported_behind_a_quote_mark_and_imports_as_it_was() {
        String code = uniqueCode("FORMULA");
        Map<String, Object> body = Api.procedure(code, "=1+2 申請", "いこーるしんせい", "somu");
        body.put("description", "@SUM(A1) と '=既に引用符付き");
        body.put("legalBasis", "'普通の引用符");
        String id = Api.register(body).path("id");

        for (String encoding : List.of("UTF-8", "Shift_JIS")) {
            Charset charset = "UTF-8".equals(encoding) ? StandardCharsets.UTF_8 : CP932;
            String line = headerAndLineOf(exported(encoding, charset), code);
            assertThat(line).contains(code + ",'=1+2 申請,").contains(",'@SUM(A1) と '=既に引用符付き,")
                    .contains(",'普通の引用符,");
            upload(Tokens.procedureAdmin(), line.getBytes(charset), "text/csv; charset=" + encoding).statusCode(200)
                    .body("unchanged", equalTo(1));
        }
        as(Tokens.procedureAdmin()).get("/api/v1/procedures/" + id).then().statusCode(200)
                .body("name", equalTo("=1+2 申請")).body("description", equalTo("@SUM(A1) と '=既に引用符付き"))
                .body("legalBasis", equalTo("'普通の引用符"));

        String twice = uniqueCode("FORMULA");
        upload(Tokens.procedureAdmin(), (HEADER + twice + ",'''=引用符で始まる式,いこーるしんせい,somu,申請,未計画,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(200);
        find(twice).body("items[0].name", equalTo("''=引用符で始まる式"));
    }
}
