package org.madoguchi.procedures.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.madoguchi.procedures.Api.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;
import org.madoguchi.procedures.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The 令和4年度 reference figures, derived from procedure records loaded through the CSV import: the
 * plan per department (56 planned, 45 completed, 11 revised), the number online going 239 → 1,015 →
 * 1,060, and the printed table checked against itself and the records. The other tests plan for
 * later fiscal years and complete procedures today, so these figures are this class's alone.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FiscalYearReportsTest {

    private static final String[] DEPARTMENTS = { "somu", "kensa-keiyaku", "shiminzei", "chuo-jinken-fukushi",
            "choju-shakai", "kodomo-katei", "kenko-kosodate", "rinmu-suisan", "gesuido-keiei", "joho-seisaku" };
    private static boolean loaded;

    /**
     * Loads the records once: the 56 procedures of the 令和4年度 plan, and the 1,015 procedures that were
     * online by the end of 令和4年3月 (239 of them before that month), as synthetic baseline lines.
     */
    @BeforeEach
    void load_the_reference_records_once() throws IOException {
        if (loaded) {
            return;
        }
        StringBuilder baseline = new StringBuilder("code,name,kana,department,category,status,completed_on\n");
        for (int i = 1; i <= 1015; i++) {
            String completedOn = i <= 239 ? "2021-10-01" : "2022-03-" + (10 + i % 20);
            baseline.append(String.format("BASE-%04d,既存の電子申請手続き%04d,きぞんのでんししんせいてつづき,%s,申請,COMPLETED,%s%n",
                    i, i, DEPARTMENTS[i % DEPARTMENTS.length], completedOn));
        }
        as(Tokens.procedureAdmin()).contentType("text/csv").body(baseline.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/procedures/import").then().statusCode(200).body("registered", equalTo(1015));
        byte[] plan;
        try (InputStream in = getClass().getResourceAsStream("/r4-plan-procedures.csv")) {
            plan = in.readAllBytes();
        }
        as(Tokens.procedureAdmin()).contentType("text/csv; charset=UTF-8").body(plan)
                .post("/api/v1/procedures/import").then().statusCode(200).body("registered", equalTo(56));
        loaded = true;
    }

    @Test
    void the_reiwa_4_plan_gives_56_planned_45_completed_and_11_revised_in_the_printed_order() {
        as(Tokens.staffOf("somu")).get("/api/v1/reports/fiscal-years/令和4年度/progress").then().statusCode(200)
                .body("fiscalYear.era", equalTo("令和4年度"))
                .body("fiscalYear.gregorian", equalTo("FY2022"))
                .body("fiscalYear.firstDay", equalTo("2022-04-01"))
                .body("fiscalYear.lastDay", equalTo("2023-03-31"))
                .body("totals.planned", equalTo(56))
                .body("totals.completed", equalTo(45))
                .body("totals.revised", equalTo(11))
                .body("totals.open", equalTo(0))
                .body("rows.department.name", equalTo(List.of("総務課", "検査契約課", "市民税課", "中央人権福祉センター",
                        "長寿社会課", "こども家庭課", "健康・子育て推進課", "林務水産課", "下水道経営課")))
                .body("rows.counts.planned", equalTo(List.of(1, 2, 2, 3, 8, 2, 8, 5, 25)))
                .body("rows.counts.completed", equalTo(List.of(0, 2, 2, 0, 7, 0, 5, 5, 24)))
                .body("rows.counts.revised", equalTo(List.of(1, 0, 0, 3, 1, 2, 3, 0, 1)))
                .body("rows[0].contents.ja", equalTo("町名変更証明申込"))
                .body("rows[0].note.ja", equalTo("廃止検討中のため実施しない"))
                .body("rows[3].note.ja", equalTo("メールによる対応に変更"))
                .body("rows[4].note.ja", equalTo("対応見直しの1件は、事務処理手順を検討して対応不可と判断"))
                .body("rows[6].contents.ja", equalTo("妊娠届、母子健康手帳再交付申請 など"))
                .body("rows[6].contents.en", equalTo("妊娠届, 母子健康手帳再交付申請 and 6 more"))
                .body("rows[6].note.ja", equalTo("対応見直しの3件は、事務処理手順を検討して対応不可と判断"))
                .body("rows[6].note.en", equalTo("3 revised: Judged infeasible after reviewing the work process"));
    }

    @Test
    void the_same_report_as_csv_has_the_totals_line_in_japanese_or_english() {
        String csv = as(Tokens.procedureAdmin()).accept("text/csv").get("/api/v1/reports/fiscal-years/2022/progress")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF年度,課・室,計画数,完了,対応見直し,廃止,未完了,内容,備考");
        assertThat(lines.get(1)).isEqualTo("令和4年度（FY2022）,総務課,1,0,1,0,0,町名変更証明申込,廃止検討中のため実施しない");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("令和4年度（FY2022）,計,56,45,11,0,0,,");

        String english = as(Tokens.procedureAdmin()).accept("text/csv").header("Accept-Language", "en")
                .get("/api/v1/reports/fiscal-years/FY2022/progress").then().statusCode(200).extract().asString();
        assertThat(english.lines().toList()).last().isEqualTo("FY2022 (Reiwa 4),Total,56,45,11,0,0,,");
    }

    @Test
    void the_number_online_goes_239_then_1015_then_1060() {
        for (Object[] point : new Object[][] { { "2022-02-28", 239 }, { "2022-03-31", 1015 }, { "2023-03-31", 1060 } }) {
            as(Tokens.staffOf("joho-seisaku")).queryParam("on", point[0]).get("/api/v1/reports/online-procedures")
                    .then().statusCode(200).body("count", equalTo(point[1]));
        }
        as(Tokens.staffOf("joho-seisaku")).get("/api/v1/reports/online-procedures/published").then().statusCode(200)
                .body("label", equalTo(List.of("令和4年3月以前", "令和4年3月", "令和4年度末")))
                .body("published", equalTo(List.of(239, 1015, 1060)))
                .body("derived", equalTo(List.of(239, 1015, 1060)))
                .body("agrees", everyItem(equalTo(true)));
        as(Tokens.staffOf("joho-seisaku")).get("/api/v1/reports/fiscal-years/2022/online-procedures").then()
                .statusCode(200).body("$", hasSize(13))
                .body("[0].on", equalTo("2022-03-31")).body("[0].count", equalTo(1015))
                .body("[12].on", equalTo("2023-03-31")).body("[12].count", equalTo(1060));
    }

    @Test
    void the_printed_table_is_flagged_where_its_forestry_line_does_not_balance() {
        as(Tokens.procedureAdmin()).get("/api/v1/reports/fiscal-years/2022/reconciliation").then().statusCode(200)
                .body("consistent", equalTo(false))
                .body("printedTotals.planned", equalTo(56))
                .body("printedTotals.completed", equalTo(45))
                .body("printedTotals.revised", equalTo(11))
                .body("sumOfRows.completed", equalTo(41))
                .body("totalsMismatch", equalTo(List.of("COMPLETED")))
                .body("rows.findAll { it.findings.size() > 0 }.department", equalTo(List.of("林務水産課")))
                .body("rows.find { it.department == '林務水産課' }.findings",
                        containsInAnyOrder("UNBALANCED", "DIFFERS_FROM_RECORDS"))
                .body("rows.find { it.department == '林務水産課' }.unaccounted", equalTo(4))
                .body("rows.find { it.department == '林務水産課' }.derived.completed", equalTo(5))
                .body("rows.find { it.department == '林務水産課' }.explanations[0].ja",
                        startsWith("計画数5件に対し"));
    }

    @Test
    void reports_are_for_staff_and_a_fiscal_year_must_be_readable() {
        given().get("/api/v1/reports/fiscal-years/2022/progress").then().statusCode(401);
        as(Tokens.citizen()).get("/api/v1/reports/fiscal-years/2022/progress").then().statusCode(403);
        as(Tokens.procedureAdmin()).get("/api/v1/reports/fiscal-years/来年/progress").then().statusCode(400)
                .body("errors[0].field", equalTo("fiscalYear"));
        as(Tokens.procedureAdmin()).get("/api/v1/reports/fiscal-years/2019/reconciliation").then().statusCode(404)
                .body("title", equalTo("公表値が登録されていません"));
        as(Tokens.procedureAdmin()).get("/api/v1/reports/fiscal-years/令和元年度/progress").then().statusCode(200)
                .body("fiscalYear.gregorian", equalTo("FY2019")).body("totals.planned", equalTo(0));
    }
}
