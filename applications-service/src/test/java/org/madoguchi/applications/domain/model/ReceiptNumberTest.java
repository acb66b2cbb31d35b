package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/**
 * 受付番号: the era year of the fiscal year, a hyphen and the number within the year in at least six digits;
 * read back from the ways people type it; the fiscal year of a submission is the city's, whatever the JVM's zone.
 */
class ReceiptNumberTest {

    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

    private TimeZone jvmZone;

    @BeforeEach
    void the_jvm_runs_in_utc() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore_the_jvm_zone() {
        TimeZone.setDefault(jvmZone);
    }

    private static ReceiptNumber number(int fiscalYear, long sequence) {
        return new ReceiptNumber(FiscalYear.of(fiscalYear), sequence);
    }

    @Test
    void a_receipt_number_is_printed_with_the_era_year_and_six_digits() {
        assertThat(number(2022, 123)).hasToString("R4-000123");
        assertThat(number(2022, 1)).hasToString("R4-000001");
        assertThat(number(2026, 999_999)).hasToString("R8-999999");
    }

    @Test
    void a_year_of_more_than_999999_submissions_prints_seven_digits() {
        assertThat(number(2022, 1_000_000)).hasToString("R4-1000000");
        assertThat(number(2022, 1_234_567)).hasToString("R4-1234567");
        assertThat(ReceiptNumber.parse("R4-1234567")).isEqualTo(number(2022, 1_234_567));
    }

    @Test
    void the_prefix_is_the_era_of_the_fiscal_year_reiwa_from_fy2019_heisei_before() {
        assertThat(number(2019, 1)).hasToString("R1-000001");
        assertThat(number(2018, 1)).hasToString("H30-000001");
        assertThat(number(1989, 5)).hasToString("H1-000005");
        assertThat(number(1988, 5)).hasToString("S63-000005");
        assertThat(ReceiptNumber.parse("H30-000001")).isEqualTo(number(2018, 1));
        assertThat(ReceiptNumber.parse("H31-000001")).as("平成31年度 is FY2019").isEqualTo(number(2019, 1));
    }

    @Test
    void the_fiscal_year_is_worded_in_the_era_in_japanese_and_with_the_gregorian_year_in_english() {
        assertThat(number(2022, 123).fiscalYearLabel(false)).isEqualTo("令和4年度");
        assertThat(number(2022, 123).fiscalYearLabel(true)).isEqualTo("Reiwa 4 (FY2022)");
        assertThat(number(2019, 1).fiscalYearLabel(false)).isEqualTo("令和元年度");
    }

    @Test
    void a_number_is_read_back_in_full_width_lower_case_and_with_spaces_around_it() {
        for (String typed : new String[] { "R4-000123", "r4-000123", " R4-000123 ", "Ｒ４－０００１２３", "ｒ４‐０００１２３",
                "R4−000123", "R4-0000000123" }) {
            assertThat(ReceiptNumber.parse(typed)).as(typed).isEqualTo(number(2022, 123));
        }
    }

    /** 1000 numbers drawn over every fiscal year the platform knows and twelve-digit sequences. */
    @Test
    void every_receipt_number_reads_back_as_itself_from_how_it_is_printed() {
        qt().forAll(integers().between(FiscalYear.FIRST, FiscalYear.LAST), longs().between(1, 999_999_999_999L))
                .checkAssert((year, sequence) -> {
                    ReceiptNumber number = number(year, sequence);
                    assertThat(ReceiptNumber.parse(number.toString())).as(number.toString()).isEqualTo(number);
                });
    }

    /** 1000 pairs: printed numbers of one year sort as their sequences, and every year's after the year before. */
    @Test
    void receipt_numbers_are_ordered_by_fiscal_year_then_by_sequence() {
        qt().forAll(integers().between(2019, 2116), longs().between(1, 9_999_999), longs().between(1, 9_999_999))
                .checkAssert((year, a, b) -> {
                    assertThat(Integer.signum(number(year, a).compareTo(number(year, b))))
                            .isEqualTo(Long.signum(a - b));
                    assertThat(number(year, a).compareTo(number(year + 1, b))).isNegative();
                });
    }

    @Test
    void what_is_not_a_receipt_number_is_refused_as_invalid_input() {
        assertThatThrownBy(() -> ReceiptNumber.parse("  ")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).containsExactly(Violation.of("", "not-blank")));
        assertThatThrownBy(() -> ReceiptNumber.parse(null)).isInstanceOf(InvalidInput.class);
        for (String junk : new String[] { "R4-12345", "R4000123", "R4_000123", "X4-000123", "4-000123", "R-000123",
                "R4-000000", "R4-0001234567890", "R4-00012a", "令和4-000123", "R4-000123-1", "R4 000123" }) {
            assertThatThrownBy(() -> ReceiptNumber.parse(junk)).as(junk).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.violations()).extracting(Violation::code)
                            .containsExactly("receipt-number-format"));
        }
        for (String noSuchYear : new String[] { "R0-000001", "H32-000001", "R100-000001", "S65-000001" }) {
            assertThatThrownBy(() -> ReceiptNumber.parse(noSuchYear)).as(noSuchYear).isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> number(2022, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The fiscal year of a submission, the way SubmitApplicationService takes it: the day in the clock's zone. */
    private static FiscalYear fiscalYearOfSubmissionAt(Instant at) {
        Clock clock = Clock.fixed(at, CITY);
        return FiscalYear.containing(LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    @Test
    void a_submission_one_second_before_midnight_on_31_march_in_tokyo_belongs_to_the_fiscal_year_ending() {
        Instant lastSecond = OffsetDateTime.parse("2023-03-31T23:59:59+09:00").toInstant();

        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
        assertThat(fiscalYearOfSubmissionAt(lastSecond)).isEqualTo(FiscalYear.of(2022));
        assertThat(new ReceiptNumber(fiscalYearOfSubmissionAt(lastSecond), 29_419)).hasToString("R4-029419");
    }

    @Test
    void a_submission_at_midnight_on_1_april_in_tokyo_belongs_to_the_new_fiscal_year_though_it_is_still_march_in_utc() {
        Instant firstSecond = OffsetDateTime.parse("2023-04-01T00:00:00+09:00").toInstant();

        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
        assertThat(LocalDate.ofInstant(firstSecond, ZoneId.systemDefault())).as("the day in the JVM's zone")
                .isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(fiscalYearOfSubmissionAt(firstSecond)).isEqualTo(FiscalYear.of(2023));
        assertThat(new ReceiptNumber(fiscalYearOfSubmissionAt(firstSecond), 1)).hasToString("R5-000001");
    }
}
