package org.madoguchi.applications.application.port.out;

import org.madoguchi.applications.domain.model.BusinessCalendar;

/** The holiday list kept as seed data, as the calendar of business days it makes. */
public interface Holidays {

    BusinessCalendar calendar();
}
