package org.madoguchi.applications.adapter.out.persistence;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.applications.application.port.out.Holidays;
import org.madoguchi.applications.domain.model.BusinessCalendar;

/**
 * The holiday list of {@code holiday}, read once: it changes only by a migration, which comes with a restart.
 */
@ApplicationScoped
class HolidaysPersistenceAdapter implements Holidays {

    private volatile BusinessCalendar calendar;

    @Override
    public BusinessCalendar calendar() {
        BusinessCalendar known = calendar;
        if (known == null) {
            known = new BusinessCalendar(HolidayEntity.<HolidayEntity>streamAll()
                    .map(holiday -> holiday.day).collect(Collectors.toSet()));
            calendar = known;
        }
        return known;
    }
}
