package org.madoguchi.procedures.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;

/** 年度: 1 April to 31 March, named in the Japanese era and in the Gregorian calendar. */
class FiscalYearTest {

    @Test
    void reiwa_4_is_fy2022_from_1_april_2022_to_31_march_2023() {
        FiscalYear year = FiscalYear.of(2022);

        assertThat(year.eraLabel()).isEqualTo("令和4年度");
        assertThat(year.eraLabelEn()).isEqualTo("Reiwa 4");
        assertThat(year.gregorianLabel()).isEqualTo("FY2022");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void the_first_year_of_an_era_is_written_gannen() {
        assertThat(FiscalYear.of(2019).eraLabel()).isEqualTo("令和元年度");
        assertThat(FiscalYear.of(2018).eraLabel()).isEqualTo("平成30年度");
        assertThat(FiscalYear.of(1989).eraLabel()).isEqualTo("平成元年度");
        assertThat(FiscalYear.of(1988).eraLabel()).isEqualTo("昭和63年度");
    }

    @Test
    void january_to_march_belong_to_the_fiscal_year_that_began_the_april_before() {
        assertThat(FiscalYear.containing(LocalDate.of(2023, 3, 31))).isEqualTo(FiscalYear.of(2022));
        assertThat(FiscalYear.containing(LocalDate.of(2023, 4, 1))).isEqualTo(FiscalYear.of(2023));
        assertThat(FiscalYear.containing(LocalDate.of(2023, 1, 1))).isEqualTo(FiscalYear.of(2022));
    }

    @Test
    void reads_the_ways_people_write_a_fiscal_year() {
        for (String written : new String[] { "2022", "FY2022", "fy2022", "2022年度", "令和4年度", "令和4年", "R4", "r4",
                "令和４年度", "２０２２" }) {
            assertThat(FiscalYear.parse(written)).as(written).isEqualTo(FiscalYear.of(2022));
        }
        assertThat(FiscalYear.parse("令和元年度")).isEqualTo(FiscalYear.of(2019));
        assertThat(FiscalYear.parse("H30")).isEqualTo(FiscalYear.of(2018));
    }

    @Test
    void the_fiscal_year_that_starts_in_the_last_calendar_year_of_an_era_is_read_in_that_era_too() {
        for (String written : new String[] { "平成31年度", "H31", "平成３１年度", "令和元年度", "R1" }) {
            assertThat(FiscalYear.parse(written)).as(written).isEqualTo(FiscalYear.of(2019));
        }
        assertThat(FiscalYear.parse("昭和64年度")).isEqualTo(FiscalYear.of(1989));
        assertThat(FiscalYear.of(2019).eraLabel()).isEqualTo("令和元年度");
        assertThatThrownBy(() -> FiscalYear.parse("H32")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void refuses_what_is_not_a_fiscal_year() {
        for (String wrong : new String[] { "来年度", "令和0年度", "平成32年度", "2022-23", "" }) {
            assertThatThrownBy(() -> FiscalYear.parse(wrong)).as(wrong).isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> FiscalYear.of(1900)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_last_fiscal_year_is_the_last_whose_era_label_reads_back() {
        assertThat(FiscalYear.of(2117).eraLabel()).isEqualTo("令和99年度");
        assertThat(FiscalYear.parse(FiscalYear.of(2117).eraLabel())).isEqualTo(FiscalYear.of(2117));
        assertThatThrownBy(() -> FiscalYear.of(2118)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> FiscalYear.parse("FY3993")).isInstanceOf(InvalidInput.class);
    }

    /** 1000 days drawn from 1990 to 2099 (the range's ends are tried first); a failure names the day and the seed. */
    @Test
    void every_day_lies_in_exactly_the_fiscal_year_that_contains_it() {
        qt().withExamples(1000).forAll(integers().between(0, 40_000)).as(offset -> LocalDate.of(1990, 1, 1).plusDays(offset))
                .checkAssert(day -> {
                    FiscalYear year = FiscalYear.containing(day);

                    assertThat(year.contains(day)).as("%s contains %s", year, day).isTrue();
                    assertThat(year.next().contains(day)).as("%s contains %s", year.next(), day).isFalse();
                    assertThat(FiscalYear.of(year.startYear() - 1).contains(day))
                            .as("%s contains %s", FiscalYear.of(year.startYear() - 1), day).isFalse();
                });
    }

    /** Every year, not a sample: there are only 175 of them. */
    @Test
    void the_era_label_and_the_gregorian_label_read_back_as_the_same_year_from_showa_1_to_2100() {
        for (int start = 1926; start <= 2100; start++) {
            FiscalYear year = FiscalYear.of(start);

            assertThat(FiscalYear.parse(year.eraLabel())).as(year.eraLabel()).isEqualTo(year);
            assertThat(FiscalYear.parse(year.gregorianLabel())).as(year.gregorianLabel()).isEqualTo(year);
        }
    }
}
