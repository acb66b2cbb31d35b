package org.madoguchi.applications.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.in.AssignFormToCategoryCommand;
import org.madoguchi.applications.application.port.in.CreateUsageCategoryCommand;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresCommand;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresCommand.Line;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresUseCase.ImportReport;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresUseCase.ImportedYear;
import org.madoguchi.applications.application.port.in.RemoveFormFromCategoryCommand;
import org.madoguchi.applications.application.port.in.RenameUsageCategoryCommand;
import org.madoguchi.applications.application.port.out.InMemoryHistoricalUsageFigures;
import org.madoguchi.applications.application.port.out.InMemorySubmissionCounts;
import org.madoguchi.applications.application.port.out.InMemoryUsageCategories;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.BreakdownRule;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.DuplicateUsageCategory;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.NotPermitted;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryId;
import org.madoguchi.applications.domain.model.UsageCategoryNotFound;
import org.madoguchi.applications.domain.model.UsageReport;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/** The use cases of the usage statistics on in-memory fakes of their out-ports. */
class UsageStatisticsUseCasesTest {

    private static final FiscalYear REIWA_4 = FiscalYear.parse("令和4年度");
    private static final Actor INFO_POLICY = new Actor("s-joho", Optional.of(new DepartmentCode("joho-seisaku")),
            true, true);
    private static final Actor STAFF = new Actor("s-somu", Optional.of(new DepartmentCode("somu")), true, false);
    private static final Actor CITIZEN = new Actor("c-yamada", Optional.empty(), false, false);

    private final InMemoryUsageCategories categories = new InMemoryUsageCategories();
    private final InMemoryHistoricalUsageFigures historical = new InMemoryHistoricalUsageFigures(categories);
    private final InMemorySubmissionCounts counts = new InMemorySubmissionCounts();
    private final ImportUsageFiguresService importer = new ImportUsageFiguresService(categories, historical);
    private final UsageStatisticsQueriesService queries = new UsageStatisticsQueriesService(categories, historical,
            counts);
    private final CreateUsageCategoryService create = new CreateUsageCategoryService(categories);
    private final RenameUsageCategoryService rename = new RenameUsageCategoryService(categories);
    private final AssignFormToCategoryService assign = new AssignFormToCategoryService(categories);
    private final RemoveFormFromCategoryService remove = new RemoveFormFromCategoryService(categories);

    private static Line line(long number, String year, String category, String item, Long submissions) {
        return new Line(number, year == null ? null : FiscalYear.parse(year), category, item, submissions, List.of());
    }

    /** The lines of r4-usage.csv, numbered as the file numbers them. */
    private static List<Line> reiwa4() {
        return List.of(
                line(2, "令和4年度", "保健所業務（コロナ）", null, 29_419L),
                line(3, "令和4年度", "保健所業務（コロナ）", "コンタクトセンターへの登録", 24_226L),
                line(4, "令和4年度", "保健所業務（コロナ）", "宿泊在宅療養証明書の発行依頼", 2_679L),
                line(5, "令和4年度", "保健所業務（コロナ）", "ワクチン接種券発行申請", 2_514L),
                line(6, "令和4年度", "マイナポイント申請支援窓口アンケート", null, 5_403L),
                line(7, "令和4年度", "鳥取市公式LINE登録ありがとうキャンペーン", null, 1_648L),
                line(8, "令和4年度", "オミクロン株影響対策緊急応援金", null, 1_146L));
    }

    private ImportReport importLines(List<Line> lines, BreakdownRule rule) {
        return importer.importFigures(new ImportUsageFiguresCommand(lines, rule, INFO_POLICY));
    }

    private static List<Violation> refusal(Runnable importing) {
        List<Violation> violations = new ArrayList<>();
        assertThatThrownBy(importing::run).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> violations.addAll(invalid.violations()));
        return violations;
    }

    @Test
    void the_reiwa_4_table_imported_reads_back_with_its_exact_figures_most_used_first() {
        ImportReport report = importLines(reiwa4(), BreakdownRule.EXACT);

        assertThat(report.lines()).isEqualTo(7);
        assertThat(report.years()).containsExactly(new ImportedYear(REIWA_4, 4, 3, 29_419 + 5_403 + 1_648 + 1_146));
        UsageReport usage = queries.usage(STAFF, REIWA_4);
        assertThat(usage.categories()).extracting(UsageReport.CategoryLine::name, UsageReport.CategoryLine::submissions)
                .containsExactly(tuple("保健所業務（コロナ）", 29_419L),
                        tuple("マイナポイント申請支援窓口アンケート", 5_403L),
                        tuple("鳥取市公式LINE登録ありがとうキャンペーン", 1_648L),
                        tuple("オミクロン株影響対策緊急応援金", 1_146L));
        assertThat(usage.categories().get(0).items()).extracting(UsageReport.ItemLine::submissions)
                .containsExactly(24_226L, 2_679L, 2_514L);
        assertThat(categories.all()).hasSize(4);
    }

    @Test
    void a_total_that_differs_from_its_rows_refuses_the_whole_file_naming_the_line_of_the_total() {
        List<Line> lines = new ArrayList<>(reiwa4());
        lines.set(0, line(2, "令和4年度", "保健所業務（コロナ）", null, 29_420L));

        assertThat(refusal(() -> importLines(lines, BreakdownRule.EXACT)))
                .containsExactly(Violation.of("lines[2].submissions", "breakdown-sum-differs", 29_420L, 29_419L, 1L));

        assertThat(queries.usage(STAFF, REIWA_4).categories()).isEmpty();
        assertThat(categories.all()).isEmpty();
    }

    @Test
    void with_partial_breakdowns_a_larger_total_is_kept_and_its_rest_is_not_itemised() {
        List<Line> lines = List.of(line(2, "R4", "保健所業務（コロナ）", null, 30_000L),
                line(3, "R4", "保健所業務（コロナ）", "コンタクトセンターへの登録", 24_226L));

        importLines(lines, BreakdownRule.PARTIAL);

        UsageReport.CategoryLine covid = queries.usage(STAFF, REIWA_4).categories().get(0);
        assertThat(covid.submissions()).isEqualTo(30_000);
        assertThat(covid.unitemised()).isEqualTo(5_774);
        assertThat(refusal(() -> importLines(List.of(line(2, "R4", "保健所業務（コロナ）", null, 20_000L),
                line(3, "R4", "保健所業務（コロナ）", "コンタクトセンターへの登録", 24_226L)), BreakdownRule.PARTIAL)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("lines[2].submissions", "breakdown-exceeds-total"));
    }

    @Test
    void rows_without_their_category_line_total_their_sum() {
        importLines(List.of(line(2, "2022", "保健所業務（コロナ）", "コンタクトセンターへの登録", 24_226L),
                line(3, "FY2022", "保健所業務(コロナ)", "ワクチン接種券発行申請", 2_514L)), BreakdownRule.EXACT);

        assertThat(queries.usage(STAFF, REIWA_4).categories()).singleElement().satisfies(covid -> {
            assertThat(covid.name()).isEqualTo("保健所業務（コロナ）");
            assertThat(covid.submissions()).isEqualTo(26_740);
        });
    }

    @Test
    void every_bad_line_is_named_at_once_and_nothing_is_stored() {
        List<Line> lines = List.of(
                line(2, "令和4年度", "保健所業務（コロナ）", null, 29_419L),
                line(3, null, "マイナポイント申請支援窓口アンケート", null, 5_403L),
                new Line(4, null, "鳥取市公式LINE登録ありがとうキャンペーン", null, null,
                        List.of(Violation.of("fiscalYear", "fiscal-year-format", "令和99999年"),
                                Violation.of("submissions", "not-a-count", "千六百四十八"))),
                line(5, "令和4年度", "", null, 1_146L),
                line(6, "令和4年度", "オミクロン株影響対策緊急応援金", null, -1L),
                line(7, "令和4年度", "保健所業務(コロナ)", null, 29_419L),
                line(8, "令和4年度", "オミクロン株影響対策緊急応援金", "二行の\n内訳", 1L));

        assertThat(refusal(() -> importLines(lines, BreakdownRule.EXACT))).extracting(Violation::field,
                Violation::code).containsExactly(
                        tuple("lines[3].fiscalYear", "not-blank"),
                        tuple("lines[4].fiscalYear", "fiscal-year-format"),
                        tuple("lines[4].submissions", "not-a-count"),
                        tuple("lines[5].category", "not-blank"),
                        tuple("lines[6].submissions", "negative-count"),
                        tuple("lines[7].category", "duplicate-category-in-file"),
                        tuple("lines[8].item", "single-line"));
        assertThat(queries.usage(STAFF, REIWA_4).categories()).isEmpty();
    }

    @Test
    void importing_a_year_again_replaces_its_figures_and_leaves_the_other_years_alone() {
        importLines(reiwa4(), BreakdownRule.EXACT);
        importLines(List.of(line(2, "令和5年度", "マイナポイント申請支援窓口アンケート", null, 10L)), BreakdownRule.EXACT);

        importLines(List.of(line(2, "令和4年度", "オミクロン株影響対策緊急応援金", null, 1_200L)), BreakdownRule.EXACT);

        assertThat(queries.usage(STAFF, REIWA_4).categories()).extracting(UsageReport.CategoryLine::name,
                UsageReport.CategoryLine::submissions).containsExactly(tuple("オミクロン株影響対策緊急応援金", 1_200L));
        assertThat(queries.usage(STAFF, REIWA_4.next()).total()).isEqualTo(10);
    }

    @Test
    void live_counts_of_forms_put_in_a_category_are_its_breakdown_rows_beside_the_imported_ones() {
        importLines(reiwa4(), BreakdownRule.EXACT);
        UsageCategory covid = categories.findByName("保健所業務（コロナ）").orElseThrow();
        FormId vouchers = new FormId(UUID.randomUUID());
        FormId survey = new FormId(UUID.randomUUID());
        counts.submitted(vouchers, "ワクチン接種券発行申請", "Vaccination voucher request", REIWA_4,
                Instant.parse("2022-06-01T00:00:00Z"));
        counts.submitted(survey, "マイナポイント申請支援窓口アンケート", null, REIWA_4, Instant.parse("2022-06-01T00:00:00Z"));

        assign.assign(new AssignFormToCategoryCommand(vouchers, covid.id(), INFO_POLICY));

        UsageReport usage = queries.usage(INFO_POLICY, REIWA_4);
        assertThat(usage.categories().get(0).submissions()).isEqualTo(29_420);
        assertThat(usage.categories().get(0).items()).extracting(UsageReport.ItemLine::name,
                UsageReport.ItemLine::imported, UsageReport.ItemLine::live).contains(
                        tuple("ワクチン接種券発行申請", 2_514L, 1L));
        assertThat(usage.categories().get(1).submissions()).isEqualTo(5_404);
        assertThat(queries.categories(STAFF)).filteredOn(c -> c.category().equals(covid)).singleElement()
                .satisfies(c -> assertThat(c.forms()).containsExactly(vouchers));

        remove.remove(new RemoveFormFromCategoryCommand(vouchers, covid.id(), INFO_POLICY));

        assertThat(queries.usage(INFO_POLICY, REIWA_4).categories()).extracting(UsageReport.CategoryLine::name)
                .contains("ワクチン接種券発行申請");
    }

    @Test
    void categories_are_created_once_by_name_and_renamed_into_free_names_only() {
        UsageCategory covid = create.create(CreateUsageCategoryCommand.of("保健所業務（コロナ）", null, INFO_POLICY));
        create.create(CreateUsageCategoryCommand.of("アンケート", null, INFO_POLICY));

        assertThatThrownBy(() -> create.create(CreateUsageCategoryCommand.of("保健所業務(コロナ)", null, INFO_POLICY)))
                .isInstanceOf(DuplicateUsageCategory.class);
        assertThatThrownBy(() -> rename.rename(RenameUsageCategoryCommand.of(covid.id(), "アンケート", null,
                INFO_POLICY))).isInstanceOf(DuplicateUsageCategory.class);
        assertThat(rename.rename(RenameUsageCategoryCommand.of(covid.id(), "保健所業務（新型コロナ）",
                "Health centre (COVID-19)", INFO_POLICY)).nameEn()).isEqualTo("Health centre (COVID-19)");
        assertThatThrownBy(() -> assign.assign(new AssignFormToCategoryCommand(new FormId(UUID.randomUUID()),
                UsageCategoryId.random(), INFO_POLICY))).isInstanceOf(UsageCategoryNotFound.class);
    }

    @Test
    void staff_and_information_policy_read_the_statistics_and_only_information_policy_changes_them() {
        assertThat(queries.usage(STAFF, REIWA_4).categories()).isEmpty();
        assertThatThrownBy(() -> queries.usage(CITIZEN, REIWA_4)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> queries.usage(Actor.anonymous(), REIWA_4)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> importer.importFigures(new ImportUsageFiguresCommand(reiwa4(), BreakdownRule.EXACT,
                STAFF))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> create.create(CreateUsageCategoryCommand.of("区分", null, STAFF)))
                .isInstanceOf(NotPermitted.class);
        assertThat(categories.all()).isEmpty();
    }
}
