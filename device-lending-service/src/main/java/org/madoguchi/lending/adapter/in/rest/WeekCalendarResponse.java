package org.madoguchi.lending.adapter.in.rest;

import java.time.LocalDate;
import java.util.List;

import org.madoguchi.lending.application.port.in.CalendarQueries;

/**
 * The booking screen's week grid of a site: devices × days.
 *
 * @param site    the site
 * @param days    the seven days, from Monday
 * @param devices one line per device in service
 */
public record WeekCalendarResponse(SiteResponse site, List<LocalDate> days, List<DeviceWeekResponse> devices) {

    static WeekCalendarResponse of(CalendarQueries.WeekCalendar week) {
        return new WeekCalendarResponse(SiteResponse.of(week.site()), week.days(),
                week.devices().stream().map(DeviceWeekResponse::of).toList());
    }
}
