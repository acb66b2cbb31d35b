package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.out.HolidaySeed;
import org.madoguchi.applications.application.port.out.HolidaySeed.Holiday;

/**
 * 開庁日 and 標準処理期間: a period of business days counts from the day after arrival and skips weekends, the
 * national holidays of the seed list and the year-end closure of 29 December to 3 January; the seed list is the
 * Cabinet Office's for the years it covers.
 */
class BusinessCalendarTest {

    private static final BusinessCalendar CITY = HolidaySeed.calendar();

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Test
    void five_business_days_from_the_day_before_golden_week_skip_showa_day_and_the_may_holidays() {
        // arrived Tue 4/28: 4/29 昭和の日, 4/30 (1), 5/1 (2), 5/2–5/3 weekend and 憲法記念日, 5/4 みどりの日,
        // 5/5 こどもの日, 5/6 振替休日, 5/7 (3), 5/8 (4), 5/9–5/10 weekend, 5/11 (5)
        assertThat(CITY.dueDate(day(2026, 4, 28), 5)).isEqualTo(day(2026, 5, 11));
        assertThat(CITY.dueDate(day(2026, 4, 28), 1)).isEqualTo(day(2026, 4, 30));
        assertThat(CITY.dueDate(day(2026, 5, 1), 1)).isEqualTo(day(2026, 5, 7));
    }

    @Test
    void the_silver_week_of_2026_with_its_citizens_holiday_is_skipped_whole() {
        // Fri 9/18; 9/19–9/20 weekend, 9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日, 9/24 (1)
        assertThat(CITY.dueDate(day(2026, 9, 18), 1)).isEqualTo(day(2026, 9, 24));
    }

    @Test
    void a_period_over_a_weekend_skips_saturday_and_sunday_and_one_arriving_on_a_weekend_counts_from_monday() {
        assertThat(CITY.dueDate(day(2026, 6, 5), 1)).as("Friday").isEqualTo(day(2026, 6, 8));
        assertThat(CITY.dueDate(day(2026, 6, 6), 1)).as("Saturday").isEqualTo(day(2026, 6, 8));
        assertThat(CITY.dueDate(day(2026, 6, 7), 1)).as("Sunday").isEqualTo(day(2026, 6, 8));
        assertThat(CITY.dueDate(day(2026, 6, 1), 10)).as("two weeks").isEqualTo(day(2026, 6, 15));
    }

    @Test
    void a_period_over_the_new_year_skips_the_closure_from_29_december_to_3_january() {
        assertThat(CITY.dueDate(day(2026, 12, 25), 1)).isEqualTo(day(2026, 12, 28));
        assertThat(CITY.dueDate(day(2026, 12, 25), 2)).isEqualTo(day(2027, 1, 4));
        assertThat(CITY.dueDate(day(2026, 12, 28), 1)).isEqualTo(day(2027, 1, 4));
        // 2028-01-04 is a Tuesday: 1/1 元日 and the closure are one stretch, 1/10 成人の日 comes later
        assertThat(CITY.dueDate(day(2027, 12, 28), 1)).isEqualTo(day(2028, 1, 4));
        for (LocalDate closed = day(2026, 12, 29); !closed.isAfter(day(2027, 1, 3)); closed = closed.plusDays(1)) {
            assertThat(CITY.isBusinessDay(closed)).as("%s", closed).isFalse();
        }
        assertThat(CITY.isBusinessDay(day(2026, 12, 28))).isTrue();
        assertThat(CITY.isBusinessDay(day(2027, 1, 4))).isTrue();
    }

    @Test
    void the_closure_holds_without_any_holiday_list_and_a_period_has_at_least_one_day() {
        BusinessCalendar bare = new BusinessCalendar(Set.of());

        assertThat(bare.isBusinessDay(day(2031, 12, 29))).isFalse();
        assertThat(bare.isBusinessDay(day(2032, 1, 3))).isFalse();
        assertThat(bare.isBusinessDay(day(2032, 1, 1))).isFalse();
        assertThat(bare.isBusinessDay(day(2031, 11, 3))).as("a holiday nobody listed").isTrue();
        assertThatThrownBy(() -> bare.dueDate(day(2026, 4, 28), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** 1000 arrivals from 2022 to 2030 and periods of 1 to 30 days. */
    @Test
    void a_due_date_is_a_business_day_after_arrival_with_exactly_the_period_s_business_days_up_to_it() {
        LocalDate first = day(2022, 1, 1);
        qt().forAll(integers().between(0, 9 * 365 - 60), integers().between(1, 30)).checkAssert((offset, days) -> {
            LocalDate arrived = first.plusDays(offset);
            LocalDate due = CITY.dueDate(arrived, days);
            assertThat(due).isAfter(arrived);
            assertThat(CITY.isBusinessDay(due)).as("%s + %d", arrived, days).isTrue();
            assertThat(arrived.datesUntil(due.plusDays(1)).skip(1).filter(CITY::isBusinessDay).count())
                    .as("%s + %d", arrived, days).isEqualTo((long) days);
        });
    }

    @Test
    void the_seed_lists_2025_and_2026_exactly_as_the_cabinet_office_does() {
        Map<LocalDate, Holiday> seed = HolidaySeed.holidays();
        List<LocalDate> of2025 = List.of(day(2025, 1, 1), day(2025, 1, 13), day(2025, 2, 11), day(2025, 2, 23),
                day(2025, 2, 24), day(2025, 3, 20), day(2025, 4, 29), day(2025, 5, 3), day(2025, 5, 4),
                day(2025, 5, 5), day(2025, 5, 6), day(2025, 7, 21), day(2025, 8, 11), day(2025, 9, 15),
                day(2025, 9, 23), day(2025, 10, 13), day(2025, 11, 3), day(2025, 11, 23), day(2025, 11, 24));
        List<LocalDate> of2026 = List.of(day(2026, 1, 1), day(2026, 1, 12), day(2026, 2, 11), day(2026, 2, 23),
                day(2026, 3, 20), day(2026, 4, 29), day(2026, 5, 3), day(2026, 5, 4), day(2026, 5, 5),
                day(2026, 5, 6), day(2026, 7, 20), day(2026, 8, 11), day(2026, 9, 21), day(2026, 9, 22),
                day(2026, 9, 23), day(2026, 10, 12), day(2026, 11, 3), day(2026, 11, 23));

        assertThat(seed.keySet().stream().filter(d -> d.getYear() == 2025)).containsExactlyElementsOf(of2025);
        assertThat(seed.keySet().stream().filter(d -> d.getYear() == 2026)).containsExactlyElementsOf(of2026);
    }

    @Test
    void the_seed_names_each_holiday_in_japanese_and_english() {
        Map<LocalDate, Holiday> seed = HolidaySeed.holidays();

        assertThat(seed.get(day(2026, 9, 22))).isEqualTo(new Holiday(day(2026, 9, 22), "国民の休日", "Citizens' Holiday"));
        assertThat(seed.get(day(2025, 2, 24))).isEqualTo(new Holiday(day(2025, 2, 24), "休日", "Substitute Holiday"));
        assertThat(seed.get(day(2026, 5, 6))).isEqualTo(new Holiday(day(2026, 5, 6), "休日", "Substitute Holiday"));
        assertThat(seed.get(day(2025, 9, 23))).isEqualTo(new Holiday(day(2025, 9, 23), "秋分の日",
                "Autumnal Equinox Day"));
        assertThat(seed.get(day(2026, 2, 23))).isEqualTo(new Holiday(day(2026, 2, 23), "天皇誕生日",
                "The Emperor's Birthday"));
        assertThat(seed.get(day(2026, 1, 12))).isEqualTo(new Holiday(day(2026, 1, 12), "成人の日",
                "Coming of Age Day"));
    }

    @Test
    void every_substitute_holiday_of_the_seed_follows_a_holiday_on_a_sunday() {
        Map<LocalDate, Holiday> seed = HolidaySeed.holidays();
        List<LocalDate> substitutes = seed.values().stream().filter(h -> h.name().equals("休日")).map(Holiday::day)
                .toList();

        assertThat(substitutes).isNotEmpty().allSatisfy(substitute -> {
            LocalDate before = substitute.minusDays(1);
            while (seed.containsKey(before) && before.getDayOfWeek() != DayOfWeek.SUNDAY) {
                before = before.minusDays(1);
            }
            assertThat(before.getDayOfWeek()).as("%s", substitute).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(seed).as("%s", substitute).containsKey(before);
        });
        assertThat(seed.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030);
    }
}
