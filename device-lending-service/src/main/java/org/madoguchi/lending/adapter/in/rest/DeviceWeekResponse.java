package org.madoguchi.lending.adapter.in.rest;

import java.util.List;

import org.madoguchi.lending.application.port.in.CalendarQueries;

/**
 * One device's line of the week grid.
 *
 * @param device the device
 * @param days   its seven days
 */
public record DeviceWeekResponse(DeviceResponse device, List<CalendarDayResponse> days) {

    static DeviceWeekResponse of(CalendarQueries.DeviceWeek row) {
        return new DeviceWeekResponse(DeviceResponse.of(row.device()),
                row.days().stream().map(CalendarDayResponse::of).toList());
    }
}
