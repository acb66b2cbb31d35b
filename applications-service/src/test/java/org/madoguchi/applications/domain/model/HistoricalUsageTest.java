package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/** The rules of imported figures: totals and their breakdown rows, names and their keys. */
class HistoricalUsageTest {

    private static final UsageCategory COVID = UsageCategory.create("保健所業務（コロナ）", null);

    private static List<HistoricalUsage.Item> reiwa4Rows() {
        return List.of(new HistoricalUsage.Item("コンタクトセンターへの登録", 24_226),
                new HistoricalUsage.Item("宿泊在宅療養証明書の発行依頼", 2_679),
                new HistoricalUsage.Item("ワクチン接種券発行申請", 2_514));
    }

    @Test
    void the_reiwa_4_covid_total_is_the_sum_of_its_three_rows() {
        HistoricalUsage.Category covid = new HistoricalUsage.Category(COVID, 29_419, reiwa4Rows());

        assertThat(covid.itemised()).isEqualTo(29_419);
        assertThat(covid.unitemised()).isZero();
        assertThat(BreakdownRule.EXACT.check(29_419, covid.itemised(), 3)).isEmpty();
    }

    @Test
    void a_total_below_the_sum_of_its_rows_is_refused_whatever_the_rule() {
        assertThatThrownBy(() -> new HistoricalUsage.Category(COVID, 29_000, reiwa4Rows()))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
                        .containsExactly(Violation.of("total", "breakdown-exceeds-total", 29_000L, 29_419L, 419L)));
        assertThat(BreakdownRule.PARTIAL.check(29_000, 29_419, 3)).map(Violation::code)
                .contains("breakdown-exceeds-total");
        assertThat(BreakdownRule.EXACT.check(29_000, 29_419, 3)).map(Violation::code)
                .contains("breakdown-exceeds-total");
    }

    @Test
    void a_total_above_the_sum_of_its_rows_is_a_typing_error_unless_the_rows_name_only_part_of_it() {
        assertThat(BreakdownRule.EXACT.check(29_420, 29_419, 3))
                .contains(Violation.of("", "breakdown-sum-differs", 29_420L, 29_419L, 1L));
        assertThat(BreakdownRule.PARTIAL.check(29_420, 29_419, 3)).isEmpty();
        assertThat(new HistoricalUsage.Category(COVID, 29_420, reiwa4Rows()).unitemised()).isEqualTo(1);
    }

    @Test
    void a_category_without_rows_keeps_every_rule() {
        assertThat(BreakdownRule.EXACT.check(5_403, 0, 0)).isEmpty();
        assertThat(new HistoricalUsage.Category(COVID, 5_403, List.of()).unitemised()).isZero();
    }

    @Test
    void names_that_differ_only_in_full_and_half_width_forms_are_one_category() {
        assertThat(UsageCategory.keyOf("保健所業務(コロナ)")).isEqualTo(COVID.key());
        assertThat(UsageCategory.keyOf(" ＬＩＮＥ　キャンペーン ")).isEqualTo(UsageCategory.keyOf("LINE キャンペーン"));
        assertThat(UsageCategory.keyOf("9時〜17時")).isEqualTo(UsageCategory.keyOf("9時～17時"));
        assertThatThrownBy(() -> new HistoricalUsage(FiscalYear.of(2022), List.of(
                new HistoricalUsage.Category(COVID, 1, List.of()),
                new HistoricalUsage.Category(UsageCategory.create("保健所業務(コロナ)", null), 2, List.of()))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("categories[1]", "duplicate-category")));
    }

    @Test
    void a_name_is_one_line_of_text_within_two_hundred_characters() {
        assertThat(UsageCategory.validName("  オミクロン株影響対策緊急応援金 ")).isEqualTo("オミクロン株影響対策緊急応援金");
        assertThat(List.of("", "二行の\n名前", "制御\u0007文字", "長".repeat(201), "壊れた\uD800文字"))
                .extracting(name -> {
                    try {
                        UsageCategory.validName(name);
                        return "accepted";
                    } catch (InvalidInput invalid) {
                        return invalid.violations().get(0).code();
                    }
                }).containsExactly("not-blank", "single-line", "text-control-character", "text-too-long",
                        "text-unpaired-surrogate");
    }

    @Test
    void a_count_is_never_negative() {
        assertThatThrownBy(() -> new HistoricalUsage.Item("ワクチン接種券発行申請", -1))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::code).containsExactly("negative-count"));
    }
}
