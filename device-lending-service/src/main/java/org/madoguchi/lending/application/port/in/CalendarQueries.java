package org.madoguchi.lending.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Identifier;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/** The calendars of a site: the booking screen's week grid, and the feed calendar apps subscribe to. */
public interface CalendarQueries {

    /**
     * The week grid (devices × days) of the week of {@code day}, this week when it is null: bookings,
     * maintenance and free slots; who booked only for those who may see it.
     */
    WeekCalendar week(SiteCode siteCode, LocalDate day, Actor viewer);

    /** The site's active bookings over the feed's window, with departments by name and never people. */
    SiteFeed feed(SiteCode siteCode);

    /** The week grid of a site. */
    record WeekCalendar(Site site, List<LocalDate> days, List<DeviceWeek> devices) {
    }

    /** One device's line of the grid. */
    record DeviceWeek(Device device, List<CalendarDay> days) {
    }

    /** One device on one day: what holds it, and the free slots within desk hours. */
    record CalendarDay(LocalDate day, List<CalendarEntry> entries, List<Period> freeSlots) {
    }

    /**
     * One booking or maintenance window in the grid.
     *
     * @param department   the borrower's department code, which everyone sees
     * @param borrowerName the borrower's name, for those who may see who booked; else null
     * @param maintenance  the kind of maintenance, null for a booking
     */
    record CalendarEntry(Identifier id, Period period, ReservationStatus status, Purpose purpose, String department,
                         String borrowerName, MaintenanceWindow.Kind maintenance) {
    }

    /** A site's bookings as its calendar feed shows them. */
    record SiteFeed(Site site, List<FeedEntry> entries) {
    }

    /**
     * One booking in the feed.
     *
     * @param deviceNumber the device's number, null if the device is no longer in the inventory
     * @param department   the borrower's department by name (its code when the directory lacks it), or null
     * @param tentative    whether it still waits for the desk's approval
     */
    record FeedEntry(ReservationId id, Period period, DeviceNumber deviceNumber, Purpose purpose, String department,
                     boolean tentative) {
    }
}
