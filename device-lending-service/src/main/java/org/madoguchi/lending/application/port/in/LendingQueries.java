package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.Identifier;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What staff, desks and 情報政策課 read: inventory, bookings, the week grid, the ledger, utilisation. */
public interface LendingQueries {

    /** Every site with its number of devices and how many are available now. */
    List<SiteSummary> sites();

    /** Devices of a site, or of every site when {@code siteCode} is null. */
    List<Device> devices(SiteCode siteCode);

    /** A booking, for its borrower or a desk of its site. */
    Reservation reservation(ReservationId id, Actor actor);

    /** The actor's own bookings, active ones or all. */
    List<Reservation> reservationsOf(Actor actor, boolean activeOnly);

    /** Bookings of a site overlapping a window, for its desk. */
    List<Reservation> reservationsAt(SiteCode siteCode, Period window, Actor desk);

    /** The booking screen's week grid: devices × days, bookings and free slots. Names only for the site's desk. */
    WeekCalendar week(SiteCode siteCode, LocalDate firstDay, Actor actor);

    /** Devices of the site free for the whole period. */
    List<Device> freeDevices(SiteCode siteCode, Period period);

    /** 貸出台帳 of a site for a month. */
    List<Lending> ledger(SiteCode siteCode, YearMonth month, Actor desk);

    /** Utilisation per device of a site (every site when null) over a period. */
    List<Utilisation> utilisation(SiteCode siteCode, Period period, Actor actor);

    List<Incident> incidents(SiteCode siteCode, boolean openOnly, Actor desk);

    List<DisasterDeclaration> disasterModesInForce();

    /** Bookings of a site for its calendar feed. */
    List<Reservation> feed(SiteCode siteCode, Period window);

    record SiteSummary(Site site, int devices, int available) {
    }

    record WeekCalendar(Site site, List<LocalDate> days, List<DeviceRow> rows) {
    }

    record DeviceRow(Device device, List<DayCell> days) {
    }

    record DayCell(LocalDate day, List<CalendarEntry> entries, List<Period> freeSlots) {
    }

    /** One booking or maintenance window in the grid; the borrower's name only for the desk. */
    record CalendarEntry(Identifier id, Period period, ReservationStatus status, Purpose purpose, String department,
                         String borrowerName, MaintenanceWindow.Kind maintenance) {
    }

    /** How much a device was out over a period: number of hand-overs, time lent, share of the period. */
    record Utilisation(Device device, int lendings, Duration lentTime, double share) {
    }
}
