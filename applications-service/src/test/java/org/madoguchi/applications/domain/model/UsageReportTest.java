package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.calendar.FiscalYear;

/** How a year's usage report adds imported figures and live counts up, and in what order it lists them. */
class UsageReportTest {

    private static final FiscalYear REIWA_4 = FiscalYear.parse("令和4年度");

    private static final UsageCategory COVID = UsageCategory.create("保健所業務（コロナ）", "Health centre work (COVID-19)");
    private static final UsageCategory SURVEY = UsageCategory.create("マイナポイント申請支援窓口アンケート", null);
    private static final UsageCategory LINE = UsageCategory.create("鳥取市公式LINE登録ありがとうキャンペーン", null);
    private static final UsageCategory GRANT = UsageCategory.create("オミクロン株影響対策緊急応援金", null);

    /** The 令和4年度 table as imported, in the order of the file. */
    static HistoricalUsage reiwa4() {
        return new HistoricalUsage(REIWA_4, List.of(
                new HistoricalUsage.Category(SURVEY, 5_403, List.of()),
                new HistoricalUsage.Category(GRANT, 1_146, List.of()),
                new HistoricalUsage.Category(COVID, 29_419, List.of(
                        new HistoricalUsage.Item("ワクチン接種券発行申請", 2_514),
                        new HistoricalUsage.Item("コンタクトセンターへの登録", 24_226),
                        new HistoricalUsage.Item("宿泊在宅療養証明書の発行依頼", 2_679))),
                new HistoricalUsage.Category(LINE, 1_648, List.of())));
    }

    private static FormUsage form(String title, long submissions) {
        return new FormUsage(new FormId(UUID.randomUUID()), title, null, submissions);
    }

    @Test
    void the_reiwa_4_table_lists_the_covid_work_first_with_its_three_rows_then_the_three_forms() {
        UsageReport report = UsageReport.compile(REIWA_4, Optional.of(reiwa4()), List.of(), Map.of());

        assertThat(report.categories()).extracting(UsageReport.CategoryLine::name, UsageReport.CategoryLine::submissions)
                .containsExactly(
                        tuple("保健所業務（コロナ）", 29_419L),
                        tuple("マイナポイント申請支援窓口アンケート", 5_403L),
                        tuple("鳥取市公式LINE登録ありがとうキャンペーン", 1_648L),
                        tuple("オミクロン株影響対策緊急応援金", 1_146L));
        assertThat(report.categories().get(0).items())
                .extracting(UsageReport.ItemLine::name, UsageReport.ItemLine::submissions).containsExactly(
                        tuple("コンタクトセンターへの登録", 24_226L),
                        tuple("宿泊在宅療養証明書の発行依頼", 2_679L),
                        tuple("ワクチン接種券発行申請", 2_514L));
        assertThat(report.categories().get(0).unitemised()).isZero();
        assertThat(report.categories().subList(1, 4)).allSatisfy(line -> assertThat(line.items()).isEmpty());
        assertThat(report.total()).isEqualTo(29_419 + 5_403 + 1_648 + 1_146);
    }

    @Test
    void a_form_in_a_category_is_a_breakdown_row_and_adds_to_the_imported_row_of_its_title() {
        FormUsage vouchers = form("ワクチン接種券発行申請", 100);
        FormUsage newForm = form("自宅療養者向け配食サービス申込", 3_000);

        UsageReport report = UsageReport.compile(REIWA_4, Optional.of(reiwa4()), List.of(vouchers, newForm),
                Map.of(vouchers.form(), COVID, newForm.form(), COVID));

        UsageReport.CategoryLine covid = report.categories().get(0);
        assertThat(covid.submissions()).isEqualTo(29_419 + 100 + 3_000);
        assertThat(covid.imported()).isEqualTo(29_419);
        assertThat(covid.live()).isEqualTo(3_100);
        assertThat(covid.items()).extracting(UsageReport.ItemLine::name, UsageReport.ItemLine::submissions)
                .containsExactly(
                        tuple("コンタクトセンターへの登録", 24_226L),
                        tuple("自宅療養者向け配食サービス申込", 3_000L),
                        tuple("宿泊在宅療養証明書の発行依頼", 2_679L),
                        tuple("ワクチン接種券発行申請", 2_614L));
        assertThat(covid.items().get(3).forms()).containsExactly(vouchers.form());
        assertThat(covid.items().get(3).imported()).isEqualTo(2_514);
    }

    @Test
    void a_form_in_no_category_is_a_category_of_its_own_named_by_its_title() {
        FormUsage survey = form("マイナポイント申請支援窓口アンケート", 97);
        FormUsage fresh = new FormUsage(new FormId(UUID.randomUUID()), "粗大ごみ収集申込", "Bulky waste collection",
                8_000);

        UsageReport report = UsageReport.compile(REIWA_4, Optional.of(reiwa4()), List.of(survey, fresh), Map.of());

        assertThat(report.categories()).extracting(UsageReport.CategoryLine::name).containsExactly("保健所業務（コロナ）",
                "粗大ごみ収集申込", "マイナポイント申請支援窓口アンケート", "鳥取市公式LINE登録ありがとうキャンペーン",
                "オミクロン株影響対策緊急応援金");
        UsageReport.CategoryLine own = report.categories().get(1);
        assertThat(own.category()).isEmpty();
        assertThat(own.nameEn()).isEqualTo("Bulky waste collection");
        assertThat(own.forms()).containsExactly(fresh.form());
        assertThat(own.items()).isEmpty();
        UsageReport.CategoryLine merged = report.categories().get(2);
        assertThat(merged.category()).contains(SURVEY.id());
        assertThat(merged.submissions()).isEqualTo(5_500);
        assertThat(merged.items()).isEmpty();
    }

    @Test
    void a_total_itemised_only_in_part_shows_the_rest_as_not_itemised() {
        HistoricalUsage partial = new HistoricalUsage(REIWA_4, List.of(new HistoricalUsage.Category(COVID, 30_000,
                List.of(new HistoricalUsage.Item("コンタクトセンターへの登録", 24_226)))));

        UsageReport.CategoryLine covid = UsageReport.compile(REIWA_4, Optional.of(partial), List.of(), Map.of())
                .categories().get(0);

        assertThat(covid.submissions()).isEqualTo(30_000);
        assertThat(covid.unitemised()).isEqualTo(5_774);
    }

    @Test
    void categories_and_rows_used_equally_are_listed_by_name() {
        UsageReport report = UsageReport.compile(REIWA_4, Optional.empty(),
                List.of(form("い申請", 5), form("あ申請", 5), form("う申請", 9)), Map.of());

        assertThat(report.categories()).extracting(UsageReport.CategoryLine::name).containsExactly("う申請", "あ申請",
                "い申請");
    }

    @Test
    void a_year_with_no_figures_has_no_categories() {
        UsageReport report = UsageReport.compile(REIWA_4, Optional.empty(), List.of(), Map.of());

        assertThat(report.categories()).isEmpty();
        assertThat(report.total()).isZero();
    }

    @Test
    void whatever_the_figures_every_submission_is_counted_once_and_the_most_used_come_first() {
        List<UsageCategory> categories = List.of(COVID, SURVEY, LINE);
        qt().forAll(lists().of(integers().between(0, 5_000)).ofSizeBetween(0, 12),
                lists().of(integers().between(0, 3)).ofSizeBetween(12, 12)).checkAssert((counts, placement) -> {
                    List<FormUsage> live = new ArrayList<>();
                    Map<FormId, UsageCategory> categoryOf = new HashMap<>();
                    for (int i = 0; i < counts.size(); i++) {
                        FormUsage usage = form("様式" + (i % 5), counts.get(i));
                        live.add(usage);
                        if (placement.get(i) < categories.size()) {
                            categoryOf.put(usage.form(), categories.get(placement.get(i)));
                        }
                    }

                    UsageReport report = UsageReport.compile(REIWA_4, Optional.of(reiwa4()), live, categoryOf);

                    long liveTotal = counts.stream().mapToLong(Integer::longValue).sum();
                    assertThat(report.total()).isEqualTo(reiwa4().total() + liveTotal);
                    assertThat(report.categories()).isSortedAccordingTo((a, b) -> Long.compare(b.submissions(),
                            a.submissions()));
                    for (UsageReport.CategoryLine line : report.categories()) {
                        assertThat(line.items()).isSortedAccordingTo((a, b) -> Long.compare(b.submissions(),
                                a.submissions()));
                        if (!line.items().isEmpty()) {
                            assertThat(line.items().stream().mapToLong(UsageReport.ItemLine::submissions).sum()
                                    + line.unitemised()).isEqualTo(line.submissions());
                        }
                    }
                });
    }
}
