package org.madoguchi.lending.adapter.in.rest;

import java.time.LocalDate;
import java.util.List;

import org.madoguchi.lending.application.port.in.CalendarQueries;

/**
 * One device on one day of the week grid.
 *
 * @param day      the day
 * @param bookings bookings and maintenance windows that day, by start
 * @param free     free slots within desk hours
 */
public record CalendarDayResponse(LocalDate day, List<CalendarEntryResponse> bookings, List<PeriodResponse> free) {

    static CalendarDayResponse of(CalendarQueries.CalendarDay cell) {
        return new CalendarDayResponse(cell.day(), cell.entries().stream().map(CalendarEntryResponse::of).toList(),
                cell.freeSlots().stream().map(PeriodResponse::of).toList());
    }
}
