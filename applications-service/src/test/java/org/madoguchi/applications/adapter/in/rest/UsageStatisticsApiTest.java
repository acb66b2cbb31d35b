package org.madoguchi.applications.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.adapter.out.persistence.ApplicationRows;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The usage statistics (利用実績) over HTTP on the real stack: the 令和4年度 reference table imported and read back
 * exactly, as JSON and as CSV in both encodings; refusals; who may do what; live counts beside imported figures.
 * Each test but the 令和4年度 ones keeps to a fiscal year of its own, far in the future; other tests may submit
 * applications in 令和4年度, so its figures are asserted for the reference categories, which come first.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class UsageStatisticsApiTest {

    private static final Charset CP932 = Charset.forName("MS932");
    private static final String USAGE = "/api/v1/statistics/usage";
    private static final String IMPORTS = "/api/v1/statistics/usage/imports";
    private static final String CATEGORIES = "/api/v1/statistics/categories";
    private static final String HEADER = "fiscal_year,category,item,submissions\r\n";
    /** The first lines of the 令和4年度 report as CSV, after the header; the import's shape. */
    private static final String REIWA_4_LINES = """
            令和4年度,保健所業務（コロナ）,,29419\r
            令和4年度,保健所業務（コロナ）,コンタクトセンターへの登録,24226\r
            令和4年度,保健所業務（コロナ）,宿泊在宅療養証明書の発行依頼,2679\r
            令和4年度,保健所業務（コロナ）,ワクチン接種券発行申請,2514\r
            令和4年度,マイナポイント申請支援窓口アンケート,,5403\r
            令和4年度,鳥取市公式LINE登録ありがとうキャンペーン,,1648\r
            令和4年度,オミクロン株影響対策緊急応援金,,1146\r
            """;

    /** Sends a Content-Type as given: no charset appended that a real client would not send. */
    private static final RestAssuredConfig RAW_CHARSET = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    EntityManager em;

    private static RequestSpecification as(String token) {
        return given().config(RAW_CHARSET).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static ValidatableResponse upload(String token, byte[] csv, String contentType) {
        return given().config(RAW_CHARSET).auth().oauth2(token).contentType(contentType).body(csv).post(IMPORTS)
                .then();
    }

    private static ValidatableResponse upload(String csv) {
        return upload(StatisticsTokens.informationPolicy(), csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static byte[] reiwa4File() throws IOException {
        try (InputStream in = UsageStatisticsApiTest.class.getResourceAsStream("/r4-usage.csv")) {
            return in.readAllBytes();
        }
    }

    private static ValidatableResponse usage(String token, String fiscalYear) {
        return as(token).queryParam("fiscalYear", fiscalYear).get(USAGE).then();
    }

    private static byte[] csv(String fiscalYear, String encoding, String language) {
        return as(StatisticsTokens.staffOf("somu")).header("Accept-Language", language)
                .queryParam("fiscalYear", fiscalYear).queryParam("encoding", encoding).get(USAGE + ".csv").then()
                .statusCode(200).extract().asByteArray();
    }

    private void submitted(FormId form, String title, int fiscalYear, ApplicationStatus status) {
        QuarkusTransaction.requiringNew().run(() -> ApplicationRows.insert(em, form, title, null,
                FiscalYear.of(fiscalYear), Instant.parse(fiscalYear + "-05-01T00:00:00Z"), status));
    }

    private static String categoryId(String name) {
        List<Map<String, Object>> categories = as(StatisticsTokens.informationPolicy()).get(CATEGORIES).then()
                .statusCode(200).extract().path("findAll { it.name == '" + name + "' }");
        assertThat(categories).hasSize(1);
        return (String) categories.get(0).get("id");
    }

    @Test
    void the_reiwa_4_table_imports_and_reads_back_with_exactly_its_figures_most_used_first() throws IOException {
        upload(StatisticsTokens.informationPolicy(), reiwa4File(), "text/csv").statusCode(200)
                .body("lines", equalTo(7)).body("encoding", equalTo("UTF-8")).body("breakdowns", equalTo("exact"))
                .body("years[0].fiscalYear.era", equalTo("令和4年度"))
                .body("years[0].categories", equalTo(4)).body("years[0].items", equalTo(3))
                .body("years[0].submissions", equalTo(29_419 + 5_403 + 1_648 + 1_146));

        for (String spelling : List.of("令和4年度", "R4", "FY2022", "2022")) {
            usage(StatisticsTokens.staffOf("somu"), spelling).statusCode(200)
                    .body("fiscalYear.era", equalTo("令和4年度")).body("fiscalYear.gregorian", equalTo("FY2022"))
                    .body("categories[0].rank", equalTo(1))
                    .body("categories[0].name.ja", equalTo("保健所業務（コロナ）"))
                    .body("categories[0].submissions", equalTo(29_419))
                    .body("categories[0].imported", equalTo(29_419))
                    .body("categories[0].items.name.ja", contains("コンタクトセンターへの登録",
                            "宿泊在宅療養証明書の発行依頼", "ワクチン接種券発行申請"))
                    .body("categories[0].items.submissions", contains(24_226, 2_679, 2_514))
                    .body("categories[0].unitemised", nullValue())
                    .body("categories[1].name.ja", equalTo("マイナポイント申請支援窓口アンケート"))
                    .body("categories[1].submissions", equalTo(5_403))
                    .body("categories[2].name.ja", equalTo("鳥取市公式LINE登録ありがとうキャンペーン"))
                    .body("categories[2].submissions", equalTo(1_648))
                    .body("categories[3].name.ja", equalTo("オミクロン株影響対策緊急応援金"))
                    .body("categories[3].submissions", equalTo(1_146))
                    .body("categories[1].items.size()", equalTo(0))
                    .body("summary.ja", startsWith("令和4年度の利用実績は"));
        }
    }

    @Test
    void the_reiwa_4_report_downloads_as_utf8_with_a_bom_and_as_shift_jis_and_imports_again_unchanged()
            throws IOException {
        upload(StatisticsTokens.informationPolicy(), reiwa4File(), "text/csv").statusCode(200);

        byte[] utf8 = csv("令和4年度", "utf-8", "ja");
        assertThat(Arrays.copyOf(utf8, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(utf8, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF年度,集計区分,内訳,件数\r\n" + REIWA_4_LINES);

        byte[] sjis = csv("R4", "shift_jis", "ja");
        assertThat(sjis[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(sjis, CP932)).startsWith("年度,集計区分,内訳,件数\r\n" + REIWA_4_LINES);
        assertThat(new String(sjis, CP932)).isEqualTo(text.substring(1));

        String english = new String(csv("2022", "UTF-8", "en"), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFF" + HEADER + "FY2022,保健所業務（コロナ）,,29419\r\n");

        as(StatisticsTokens.staffOf("somu")).queryParam("fiscalYear", "令和4年度").get(USAGE + ".csv").then()
                .statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"usage-FY2022.csv\"");
        as(StatisticsTokens.staffOf("somu")).queryParam("fiscalYear", "令和4年度").queryParam("encoding", "shift_jis")
                .get(USAGE + ".csv").then().statusCode(200).contentType("text/csv; charset=Shift_JIS");

        upload(StatisticsTokens.informationPolicy(), sjis, "text/csv").statusCode(200)
                .body("encoding", equalTo("Shift_JIS"));
        usage(StatisticsTokens.staffOf("somu"), "令和4年度").statusCode(200)
                .body("categories[0].submissions", equalTo(29_419))
                .body("categories[0].items.submissions", contains(24_226, 2_679, 2_514))
                .body("categories[1].submissions", equalTo(5_403));
    }

    @Test
    void a_total_that_differs_from_its_rows_is_refused_naming_its_line_and_nothing_is_changed() {
        upload(HEADER + "2089,保健所業務（試験）,,30\r\n2089,保健所業務（試験）,検査申込,30\r\n").statusCode(200);

        upload("年度,集計区分,内訳,件数\r\n"
                + "令和71年度,保健所業務（試験）,,31\r\n"
                + "令和71年度,保健所業務（試験）,検査申込,30\r\n"
                + "令和71年度,窓口アンケート（試験）,,たくさん\r\n"
                + "令和71年度,窓口アンケート（試験）,,=1+2\r\n"
                + "令和99999年度,LINE（試験）,,1\r\n").statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("利用実績を取り込めませんでした"))
                .body("detail", startsWith("4行に誤りがあるため、どの行も取り込んでいません。"))
                .body("errors.field", contains("lines[4].submissions", "lines[5].submissions", "lines[6].fiscalYear",
                        "lines[2].submissions"))
                .body("errors.code", contains("not-a-count", "not-a-count", "fiscal-year-format",
                        "breakdown-sum-differs"))
                .body("errors.find { it.field == 'lines[2].submissions' }.message",
                        startsWith("合計31件が内訳の合計30件と一致しません（1件の差）。"));
        upload(StatisticsTokens.informationPolicy(), (HEADER + "2089,保健所業務（試験）,,31\r\n"
                + "2089,保健所業務（試験）,検査申込,30\r\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(422);
        given().config(RAW_CHARSET).auth().oauth2(StatisticsTokens.informationPolicy()).header("Accept-Language", "en")
                .contentType("text/csv").body((HEADER + "2089,保健所業務（試験）,,31\r\n2089,保健所業務（試験）,検査申込,30\r\n")
                        .getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(422)
                .body("title", equalTo("Usage figures not imported"))
                .body("errors[0].message", startsWith("The total 31 does not equal the sum of its breakdown rows, 30"));

        usage(StatisticsTokens.informationPolicy(), "2089").statusCode(200)
                .body("categories.name.ja", contains("保健所業務（試験）"))
                .body("categories[0].submissions", equalTo(30));
    }

    @Test
    void with_partial_breakdowns_a_larger_total_is_imported_and_its_rest_shown_as_not_itemised() {
        given().config(RAW_CHARSET).auth().oauth2(StatisticsTokens.informationPolicy()).contentType("text/csv")
                .queryParam("breakdowns", "partial")
                .body((HEADER + "2085,相談業務（試験）,,100\r\n2085,相談業務（試験）,電話相談予約,60\r\n")
                        .getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(200)
                .body("breakdowns", equalTo("partial"));

        usage(StatisticsTokens.staffOf("somu"), "2085").statusCode(200)
                .body("categories[0].submissions", equalTo(100))
                .body("categories[0].items.submissions", contains(60))
                .body("categories[0].unitemised.submissions", equalTo(40))
                .body("categories[0].unitemised.name.ja", equalTo("内訳なし"))
                .body("categories[0].unitemised.name.en", equalTo("Not itemised"));
        assertThat(new String(csv("2085", "utf-8", "ja"), StandardCharsets.UTF_8))
                .endsWith("令和67年度,相談業務（試験）,,100\r\n令和67年度,相談業務（試験）,電話相談予約,60\r\n"
                        + "令和67年度,相談業務（試験）,内訳なし,40\r\n");
        given().config(RAW_CHARSET).auth().oauth2(StatisticsTokens.informationPolicy()).contentType("text/csv")
                .queryParam("breakdowns", "roughly").body(HEADER.getBytes(StandardCharsets.UTF_8)).post(IMPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("breakdowns"));
    }

    @Test
    void cells_that_would_start_a_spreadsheet_formula_download_behind_a_quote_mark_and_import_as_they_were() {
        upload(HEADER + "2088,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,7\r\n"
                + "2088,+申請（試験）,@SUM(A1),3\r\n").statusCode(200);

        for (String encoding : List.of("utf-8", "shift_jis")) {
            byte[] file = csv("2088", encoding, "ja");
            String text = new String(file, "utf-8".equals(encoding) ? StandardCharsets.UTF_8 : CP932);
            assertThat(text).contains("令和70年度,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,7\r\n")
                    .contains("令和70年度,'+申請（試験）,,3\r\n").contains("令和70年度,'+申請（試験）,'@SUM(A1),3\r\n");
            upload(StatisticsTokens.informationPolicy(), file, "text/csv").statusCode(200);
        }
        usage(StatisticsTokens.staffOf("somu"), "2088").statusCode(200)
                .body("categories.name.ja", contains("=HYPERLINK(\"http://evil.example\",\"x\")", "+申請（試験）"))
                .body("categories[1].items[0].name.ja", equalTo("@SUM(A1)"));
    }

    @Test
    void a_character_shift_jis_cannot_write_is_refused_in_shift_jis_only() {
        upload(HEADER + "2087,子ども向けイベント申込\uD83D\uDE00,,5\r\n").statusCode(200);

        as(StatisticsTokens.staffOf("somu")).queryParam("fiscalYear", "2087").queryParam("encoding", "shift_jis")
                .get(USAGE + ".csv").then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("書き出せない文字があります"))
                .body("errors[0].field", equalTo("rows[1].category"))
                .body("errors[0].message", containsString("\uD83D\uDE00 (U+1F600)"));
        assertThat(new String(csv("2087", "utf-8", "ja"), StandardCharsets.UTF_8)).contains("子ども向けイベント申込\uD83D\uDE00");
        as(StatisticsTokens.staffOf("somu")).queryParam("fiscalYear", "2087").queryParam("encoding", "EUC-JP")
                .get(USAGE + ".csv").then().statusCode(400).body("title", equalTo("対応していない文字コードです"));
    }

    @Test
    void a_bad_fiscal_year_a_wrong_header_an_empty_file_and_an_oversized_one_are_refused() {
        usage(StatisticsTokens.staffOf("somu"), "令和99999年度").statusCode(400)
                .body("errors[0].field", equalTo("fiscalYear")).body("errors[0].code", equalTo("fiscal-year-format"));
        as(StatisticsTokens.staffOf("somu")).get(USAGE).then().statusCode(400)
                .body("errors[0].field", equalTo("fiscalYear")).body("errors[0].code", equalTo("not-blank"));
        upload("年度,区分,件数\r\n令和4年度,保健所業務（コロナ）,1\r\n").statusCode(400)
                .body("title", equalTo("CSVの見出し行が正しくありません"))
                .body("errors.code", hasItem("usage-csv-unknown-column"))
                .body("errors.code", hasItem("usage-csv-missing-column"));
        upload(HEADER).statusCode(422).body("errors[0].code", equalTo("import-empty"));
        upload(HEADER + "2084,\"閉じていない引用符,,1\r\n").statusCode(400).body("title", equalTo("CSVの形式が正しくありません"));

        byte[] big = new byte[64 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        upload(StatisticsTokens.informationPolicy(), big, "text/csv").statusCode(413)
                .body("title", equalTo("ファイルが大きすぎます"));
    }

    @Test
    void staff_and_information_policy_read_citizens_may_not_and_anonymous_callers_must_sign_in() throws IOException {
        usage(StatisticsTokens.staffOf("somu"), "2083").statusCode(200).body("categories.size()", equalTo(0))
                .body("summary.ja", equalTo("令和65年度の利用実績はまだありません。"));
        usage(StatisticsTokens.informationPolicy(), "2083").statusCode(200);
        usage(StatisticsTokens.citizen(), "2083").statusCode(403);
        as(StatisticsTokens.citizen()).queryParam("fiscalYear", "2083").get(USAGE + ".csv").then().statusCode(403);
        as(StatisticsTokens.citizen()).get(CATEGORIES).then().statusCode(403);
        given().queryParam("fiscalYear", "2083").get(USAGE).then().statusCode(401);
        given().queryParam("fiscalYear", "2083").get(USAGE + ".csv").then().statusCode(401);
        given().contentType("text/csv").body(reiwa4File()).post(IMPORTS).then().statusCode(401);

        upload(StatisticsTokens.staffOf("somu"), reiwa4File(), "text/csv").statusCode(403);
        upload(StatisticsTokens.citizen(), reiwa4File(), "text/csv").statusCode(403);
        as(StatisticsTokens.staffOf("somu")).body(Map.of("name", "職員の区分")).post(CATEGORIES).then().statusCode(403);
        as(StatisticsTokens.staffOf("somu")).get(CATEGORIES).then().statusCode(200);
    }

    @Test
    void live_counts_add_to_the_imported_figures_and_group_as_they_do_once_a_form_is_in_a_category() {
        upload(HEADER + "2086,保健所業務（集計試験）,,50\r\n2086,保健所業務（集計試験）,接種券申請,50\r\n"
                + "2086,窓口アンケート（集計試験）,,100\r\n").statusCode(200);
        FormId vouchers = new FormId(UUID.randomUUID());
        FormId survey = new FormId(UUID.randomUUID());
        FormId waste = new FormId(UUID.randomUUID());
        submitted(vouchers, "接種券申請", 2086, ApplicationStatus.SUBMITTED);
        submitted(vouchers, "接種券申請", 2086, ApplicationStatus.COMPLETED);
        submitted(vouchers, "接種券申請", 2086, ApplicationStatus.WITHDRAWN);
        submitted(vouchers, "接種券申請", 2082, ApplicationStatus.SUBMITTED);
        submitted(survey, "窓口アンケート（集計試験）", 2086, ApplicationStatus.RECEIVED);
        submitted(survey, "窓口アンケート（集計試験）", 2086, ApplicationStatus.REJECTED);
        submitted(waste, "粗大ごみ収集申込（集計試験）", 2086, ApplicationStatus.RETURNED);

        usage(StatisticsTokens.staffOf("somu"), "2086").statusCode(200)
                .body("total", equalTo(50 + 100 + 3 + 2 + 1))
                .body("categories.name.ja", contains("窓口アンケート（集計試験）", "保健所業務（集計試験）", "接種券申請",
                        "粗大ごみ収集申込（集計試験）"))
                .body("categories[0].submissions", equalTo(102)).body("categories[0].live", equalTo(2))
                .body("categories[0].forms", contains(survey.toString()))
                .body("categories[2].submissions", equalTo(3)).body("categories[2].categoryId", nullValue());

        String covid = categoryId("保健所業務（集計試験）");
        as(StatisticsTokens.informationPolicy()).put(CATEGORIES + "/" + covid + "/forms/" + vouchers).then()
                .statusCode(204);

        usage(StatisticsTokens.staffOf("somu"), "2086").statusCode(200)
                .body("total", equalTo(156))
                .body("categories.name.ja", contains("窓口アンケート（集計試験）", "保健所業務（集計試験）",
                        "粗大ごみ収集申込（集計試験）"))
                .body("categories[1].categoryId", equalTo(covid))
                .body("categories[1].submissions", equalTo(53))
                .body("categories[1].items.name.ja", contains("接種券申請"))
                .body("categories[1].items[0].imported", equalTo(50))
                .body("categories[1].items[0].live", equalTo(3))
                .body("categories[1].items[0].forms", contains(vouchers.toString()));
        as(StatisticsTokens.staffOf("somu")).get(CATEGORIES).then().statusCode(200)
                .body("find { it.id == '" + covid + "' }.forms", contains(vouchers.toString()));

        as(StatisticsTokens.informationPolicy()).delete(CATEGORIES + "/" + covid + "/forms/" + vouchers).then()
                .statusCode(204);
        usage(StatisticsTokens.staffOf("somu"), "2086").statusCode(200)
                .body("categories.name.ja", hasItem("接種券申請"));
    }

    @Test
    void information_policy_creates_renames_and_keeps_category_names_unique() {
        String name = "集計区分（試験" + UUID.randomUUID().toString().substring(0, 8) + "）";
        String location = as(StatisticsTokens.informationPolicy()).body(Map.of("name", name)).post(CATEGORIES).then()
                .statusCode(201).body("name", equalTo(name)).body("nameEn", nullValue()).extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        as(StatisticsTokens.informationPolicy()).body(Map.of("name", name.replace('（', '(').replace('）', ')')))
                .post(CATEGORIES).then().statusCode(409).body("errors[0].code", equalTo("duplicate-usage-category"));
        as(StatisticsTokens.informationPolicy()).body(Map.of("name", name, "nameEn", "Test category"))
                .put(CATEGORIES + "/" + id).then().statusCode(200).body("nameEn", equalTo("Test category"));
        as(StatisticsTokens.informationPolicy()).body(Map.of("name", "二行の\n区分")).post(CATEGORIES).then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        as(StatisticsTokens.informationPolicy()).body(Map.of("nameEn", "No Japanese name")).post(CATEGORIES).then()
                .statusCode(400).body("errors[0].field", equalTo("name")).body("errors[0].code", equalTo("not-blank"));
        as(StatisticsTokens.informationPolicy()).put(CATEGORIES + "/" + UUID.randomUUID() + "/forms/"
                + UUID.randomUUID()).then().statusCode(404).body("title", equalTo("集計区分が見つかりません"));
    }
}
