package org.madoguchi.applications.domain.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * 開庁日: the days the city's offices work, by which a standard processing period (標準処理期間) is counted:
 * not Saturdays or Sundays, not the national holidays of the holiday list, not the year-end and new-year
 * closure (29 December to 3 January, as municipal ordinances on office days set it).
 *
 * @param holidays the national holidays (国民の祝日, 振替休日, 国民の休日) of the years the list covers
 */
public record BusinessCalendar(Set<LocalDate> holidays) {

    private static final MonthDay CLOSURE_STARTS = MonthDay.of(12, 29);
    private static final MonthDay CLOSURE_ENDS = MonthDay.of(1, 3);

    public BusinessCalendar {
        holidays = Set.copyOf(holidays);
    }

    /** Whether the offices work that day. */
    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || holidays.contains(day)) {
            return false;
        }
        MonthDay monthDay = MonthDay.from(day);
        return monthDay.isBefore(CLOSURE_STARTS) && monthDay.isAfter(CLOSURE_ENDS);
    }

    /**
     * The due date of something that arrived on {@code arrived} and takes {@code businessDays} days: the
     * period starts the day after arrival (the arrival day does not count), and each business day counts once.
     */
    public LocalDate dueDate(LocalDate arrived, int businessDays) {
        if (businessDays < 1) {
            throw new IllegalArgumentException("a processing period has at least one business day");
        }
        LocalDate day = arrived;
        int counted = 0;
        while (counted < businessDays) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
