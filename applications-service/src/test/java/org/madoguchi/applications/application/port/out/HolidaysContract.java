package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.BusinessCalendar;

/**
 * What every {@link Holidays} does: its calendar holds the seed list's national holidays, no more and no fewer, so
 * that due dates count the same business days everywhere.
 */
public abstract class HolidaysContract {

    /** The holidays under test. */
    protected abstract Holidays holidays();

    @Test
    void the_calendar_holds_every_seeded_holiday_and_nothing_else() {
        assertThat(holidays().calendar().holidays()).containsExactlyInAnyOrderElementsOf(
                HolidaySeed.holidays().keySet());
    }

    @Test
    void substitute_and_citizens_holidays_are_no_business_days_and_the_days_around_them_are() {
        BusinessCalendar calendar = holidays().calendar();

        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 2, 24))).as("振替休日").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 6))).as("振替休日").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 22))).as("国民の休日").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 24))).isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 28))).isTrue();
        assertThat(calendar.dueDate(LocalDate.of(2026, 4, 28), 5)).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void the_calendar_is_the_same_each_time_it_is_asked_for() {
        assertThat(holidays().calendar()).isEqualTo(holidays().calendar());
    }
}
