package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link Holidays} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryHolidaysTest extends HolidaysContract {

    private final InMemoryHolidays holidays = new InMemoryHolidays();

    @Override
    protected Holidays holidays() {
        return holidays;
    }
}
