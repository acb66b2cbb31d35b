package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.HistoricalUsage;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * What every {@link HistoricalUsageFigures} store does: a year reads back as imported, in its order, and is
 * replaced as a whole; categories read back under their current names. Its years are far in the future, which no
 * other test imports.
 */
public abstract class HistoricalUsageFiguresContract {

    private static final FiscalYear YEAR = FiscalYear.of(2090);
    private static final FiscalYear OTHER_YEAR = FiscalYear.of(2091);
    private static final FiscalYear NEVER_IMPORTED = FiscalYear.of(2092);

    private UsageCategory covid;
    private UsageCategory survey;

    /** The store under test. */
    protected abstract HistoricalUsageFigures figures();

    /** The categories the figures name, as the store under test reads them. */
    protected abstract UsageCategories categories();

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin_with_categories_of_its_own() {
        beginTest();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        covid = UsageCategory.create("保健所業務（コロナ）" + suffix, null);
        survey = UsageCategory.create("マイナポイント申請支援窓口アンケート" + suffix, null);
        categories().add(covid);
        categories().add(survey);
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private HistoricalUsage reiwa4Like(FiscalYear year) {
        return new HistoricalUsage(year, List.of(
                new HistoricalUsage.Category(covid, 29_419, List.of(
                        new HistoricalUsage.Item("コンタクトセンターへの登録", 24_226),
                        new HistoricalUsage.Item("宿泊在宅療養証明書の発行依頼", 2_679),
                        new HistoricalUsage.Item("ワクチン接種券発行申請", 2_514))),
                new HistoricalUsage.Category(survey, 5_403, List.of())));
    }

    @Test
    void a_year_reads_back_as_imported_with_each_total_and_its_breakdown_rows_in_order() {
        HistoricalUsage imported = reiwa4Like(YEAR);

        figures().replace(imported);

        assertThat(figures().of(YEAR)).contains(imported);
    }

    @Test
    void a_total_larger_than_its_rows_is_kept_as_imported() {
        HistoricalUsage partial = new HistoricalUsage(YEAR, List.of(new HistoricalUsage.Category(covid, 30_000,
                List.of(new HistoricalUsage.Item("コンタクトセンターへの登録", 24_226)))));

        figures().replace(partial);

        assertThat(figures().of(YEAR)).hasValueSatisfying(usage -> {
            assertThat(usage).isEqualTo(partial);
            assertThat(usage.categories().get(0).unitemised()).isEqualTo(5_774);
        });
    }

    @Test
    void importing_a_year_again_replaces_all_of_it_and_leaves_other_years_alone() {
        figures().replace(reiwa4Like(OTHER_YEAR));
        figures().replace(reiwa4Like(YEAR));
        HistoricalUsage corrected = new HistoricalUsage(YEAR, List.of(new HistoricalUsage.Category(survey, 5_400,
                List.of())));

        figures().replace(corrected);

        assertThat(figures().of(YEAR)).contains(corrected);
        assertThat(figures().of(OTHER_YEAR)).contains(reiwa4Like(OTHER_YEAR));
    }

    @Test
    void a_year_replaced_by_nothing_has_no_figures_and_one_never_imported_has_none_either() {
        figures().replace(reiwa4Like(YEAR));

        figures().replace(new HistoricalUsage(YEAR, List.of()));

        assertThat(figures().of(YEAR)).isEmpty();
        assertThat(figures().of(NEVER_IMPORTED)).isEmpty();
    }

    @Test
    void a_renamed_category_reads_back_under_its_new_name() {
        figures().replace(reiwa4Like(YEAR));
        UsageCategory renamed = covid.renamed("新型コロナウイルス感染症対応" + covid.id(), "COVID-19 response");

        categories().update(renamed);

        assertThat(figures().of(YEAR)).hasValueSatisfying(usage -> assertThat(usage.categories().get(0).category())
                .isEqualTo(renamed));
    }
}
