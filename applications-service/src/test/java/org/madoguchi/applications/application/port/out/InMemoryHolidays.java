package org.madoguchi.applications.application.port.out;

import org.madoguchi.applications.domain.model.BusinessCalendar;

/** {@link Holidays} from the seed migration's list, as the real table holds it; held to {@link HolidaysContract}. */
public final class InMemoryHolidays implements Holidays {

    private final BusinessCalendar calendar = HolidaySeed.calendar();

    @Override
    public BusinessCalendar calendar() {
        return calendar;
    }
}
