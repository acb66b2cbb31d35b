package org.madoguchi.lending.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.ConcurrentChange;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceAgenda;
import org.madoguchi.lending.domain.model.CityPolicy;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.MaintenanceWindowId;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;

/**
 * What {@link Reservations} promises, in memory and on PostgreSQL alike; above all that the store itself
 * refuses an active booking overlapping another active one of the device, as {@link DeviceAgenda.ReservationOverlaps}
 * naming the booking that holds the period (on PostgreSQL the exclusion constraint {@code reservation_no_overlap}).
 */
public abstract class ReservationsContract extends OutPortContract {

    private static final LendingPolicy POLICY = CityPolicy.DEFAULTS;

    private Reservations reservations() {
        return ports().reservations();
    }

    private Reservation stored(Reservation reservation) {
        inTransaction(() -> reservations().add(reservation));
        return reservation;
    }

    @Test
    void a_stored_booking_reads_back_the_same() {
        Device device = freshDevice(freshSite());
        Reservation booking = new Reservation(ReservationId.random(), device.id(), device.siteCode(),
                new Borrower("u-" + UUID.randomUUID(), null, null), hours(1, 3), Purpose.DISASTER_RESPONSE, null,
                ReservationStatus.PENDING, hour(-2), null, null);

        stored(booking);

        assertThat(inTransaction(() -> reservations().byId(booking.id()))).contains(booking);
    }

    @Test
    void an_unknown_booking_is_not_found() {
        assertThat(inTransaction(() -> reservations().byId(ReservationId.random()))).isEmpty();
    }

    @Test
    void an_update_reads_back_with_its_decision_and_its_cancellation() {
        Device device = freshDevice(freshSite());
        Reservation booking = stored(booking(device, hours(1, 30), ReservationStatus.PENDING));
        Reservation approved = booking.approve("desk-1", hour(-1), "承認します");
        Reservation cancelled = approved.cancel("desk-2", hour(0), CancellationReason.BY_LENDING_DESK);

        inTransaction(() -> reservations().update(approved));
        assertThat(inTransaction(() -> reservations().byId(booking.id()))).contains(approved);
        inTransaction(() -> reservations().update(cancelled));

        assertThat(inTransaction(() -> reservations().byId(booking.id()))).hasValueSatisfying(r -> {
            assertThat(r).isEqualTo(cancelled);
            assertThat(r.decision()).isEqualTo(new Reservation.Decision("desk-1", hour(-1), "承認します"));
            assertThat(r.cancellation().reason()).isEqualTo(CancellationReason.BY_LENDING_DESK);
        });
    }

    @Test
    void the_store_refuses_an_active_booking_that_overlaps_an_active_one_of_the_device_and_names_it() {
        Device device = freshDevice(freshSite());
        Reservation holder = stored(booking(device, hours(1, 3), ReservationStatus.CONFIRMED));
        Reservation late = booking(device, hours(2, 4), ReservationStatus.PENDING);

        assertThatThrownBy(() -> inTransaction(() -> reservations().add(late)))
                .isInstanceOfSatisfying(DeviceAgenda.ReservationOverlaps.class, clash -> {
                    assertThat(clash.code()).isEqualTo("reservation-overlaps");
                    assertThat(clash.clashing()).isEqualTo(holder.id());
                    assertThat(clash.clashingPeriod()).isEqualTo(holder.period());
                    assertThat(clash.arguments()).containsExactly("2031-04-01 10:00", "2031-04-01 12:00",
                            hour(1).toString(), hour(3).toString(), holder.id().value().toString());
                });

        assertThat(inTransaction(() -> reservations().byId(late.id()))).isEmpty();
        assertThat(inTransaction(() -> reservations().byId(holder.id()))).contains(holder);
    }

    @Test
    void the_refusal_names_the_earliest_of_the_bookings_it_overlaps() {
        Device device = freshDevice(freshSite());
        Reservation second = stored(booking(device, hours(3, 5), ReservationStatus.LENT));
        Reservation first = stored(booking(device, hours(1, 3), ReservationStatus.CONFIRMED));

        assertThatThrownBy(() -> inTransaction(() -> reservations().add(booking(device, hours(2, 4), ReservationStatus.CONFIRMED))))
                .isInstanceOfSatisfying(DeviceAgenda.ReservationOverlaps.class,
                        clash -> assertThat(clash.clashing()).isEqualTo(first.id()).isNotEqualTo(second.id()));
    }

    @Test
    void bookings_that_only_touch_or_are_no_longer_active_or_hold_another_device_do_not_clash() {
        Site site = freshSite();
        Device device = freshDevice(site);
        Device other = freshDevice(site);
        Reservation holder = stored(booking(device, hours(1, 3), ReservationStatus.CONFIRMED));
        Reservation cancelled = stored(booking(device, hours(3, 6), ReservationStatus.CANCELLED));

        Reservation touching = stored(booking(device, hours(3, 4), ReservationStatus.CONFIRMED));
        Reservation declinedOver = stored(booking(device, hours(1, 2), ReservationStatus.DECLINED));
        Reservation otherDevice = stored(booking(other, hours(1, 3), ReservationStatus.CONFIRMED));

        assertThat(inTransaction(() -> reservations().atSite(site.code(), hours(0, 10))))
                .containsExactlyInAnyOrder(holder, cancelled, touching, declinedOver, otherDevice);
    }

    @Test
    void the_agenda_holds_the_active_bookings_and_the_maintenance_overlapping_the_window_worded_in_the_city_s_zone() {
        Site site = freshSite();
        Device device = freshDevice(site);
        Device other = freshDevice(site);
        Reservation inside = stored(booking(device, hours(2, 3), ReservationStatus.CONFIRMED));
        Reservation across = stored(booking(device, hours(-1, 1), ReservationStatus.OVERDUE));
        stored(booking(device, hours(0, 1), ReservationStatus.RETURNED));
        stored(booking(device, hours(5, 6), ReservationStatus.PENDING));
        stored(booking(other, hours(2, 3), ReservationStatus.CONFIRMED));
        MaintenanceWindow charging = new MaintenanceWindow(MaintenanceWindowId.random(), device.id(),
                MaintenanceWindow.Kind.CHARGING, hours(3, 4), null, "desk", hour(-5));
        MaintenanceWindow later = new MaintenanceWindow(MaintenanceWindowId.random(), device.id(),
                MaintenanceWindow.Kind.REPAIR, hours(7, 8), "修理", "desk", hour(-5));
        inTransaction(() -> {
            ports().maintenanceLog().add(charging);
            ports().maintenanceLog().add(later);
        });

        DeviceAgenda agenda = inTransaction(() -> reservations().agenda(device.id(), hours(0, 4)));

        assertThat(agenda.deviceId()).isEqualTo(device.id());
        assertThat(agenda.reservations()).containsExactlyInAnyOrder(inside, across);
        assertThat(agenda.maintenance()).containsExactly(charging);
        assertThat(agenda.timeZone()).isEqualTo(CITY);
        assertThat(agenda.firstClash(hours(3, 4))).hasValueSatisfying(clash -> {
            assertThat(clash.code()).isEqualTo("device-in-maintenance");
            assertThat(clash.arguments().get(0)).isEqualTo("2031-04-01 12:00");
        });
    }

    @Test
    void the_active_bookings_of_the_sites_that_end_after_an_instant_are_listed_by_start() {
        Site site = freshSite();
        Site elsewhere = freshSite();
        Device device = freshDevice(site);
        Device remote = freshDevice(elsewhere);
        Reservation late = stored(booking(device, hours(5, 6), ReservationStatus.PENDING));
        Reservation early = stored(booking(device, hours(1, 3), ReservationStatus.LENT));
        stored(booking(device, hours(-3, -1), ReservationStatus.CONFIRMED));
        stored(booking(device, hours(7, 8), ReservationStatus.CANCELLED));
        Reservation away = stored(booking(remote, hours(2, 3), ReservationStatus.CONFIRMED));

        assertThat(inTransaction(() -> reservations().activeAt(Set.of(site.code()), hour(0))))
                .containsExactly(early, late);
        assertThat(inTransaction(() -> reservations().activeAt(Set.of(site.code(), elsewhere.code()), hour(0))))
                .containsExactly(early, away, late);
        List<Reservation> everywhere = inTransaction(() -> reservations().activeAt(Set.of(), hour(0)));
        assertThat(everywhere).isSortedAccordingTo(Comparator.comparing(r -> r.period().start()));
        assertThat(everywhere).filteredOn(r -> r.siteCode().equals(site.code()) || r.siteCode().equals(elsewhere.code()))
                .containsExactly(early, away, late);
    }

    @Test
    void the_lent_bookings_past_their_end_are_listed_by_end() {
        Device device = freshDevice(freshSite());
        Device another = freshDevice(freshSite());
        Reservation endedLater = stored(booking(device, hours(2, 4), ReservationStatus.LENT));
        Reservation endedFirst = stored(booking(another, hours(1, 3), ReservationStatus.LENT));
        Reservation endsNow = stored(booking(device, hours(4, 5), ReservationStatus.LENT));
        stored(booking(device, hours(5, 7), ReservationStatus.LENT));
        stored(booking(another, hours(3, 4), ReservationStatus.OVERDUE));
        stored(booking(another, hours(-2, 0), ReservationStatus.RETURNED));

        List<Reservation> overdue = inTransaction(() -> reservations().lentPastEnd(hour(5)));

        assertThat(overdue).isSortedAccordingTo(Comparator.comparing(r -> r.period().end()));
        assertThat(overdue).filteredOn(r -> r.deviceId().equals(device.id()) || r.deviceId().equals(another.id()))
                .containsExactly(endedFirst, endedLater, endsNow);
    }

    @Test
    void the_held_booking_of_a_device_is_its_lent_or_overdue_one() {
        Site site = freshSite();
        Device lent = freshDevice(site);
        Device overdue = freshDevice(site);
        Device idle = freshDevice(site);
        stored(booking(lent, hours(-5, -4), ReservationStatus.RETURNED));
        Reservation out = stored(booking(lent, hours(-1, 1), ReservationStatus.LENT));
        stored(booking(lent, hours(2, 3), ReservationStatus.CONFIRMED));
        Reservation late = stored(booking(overdue, hours(-3, -1), ReservationStatus.OVERDUE));
        stored(booking(idle, hours(0, 2), ReservationStatus.CONFIRMED));

        assertThat(inTransaction(() -> reservations().heldBooking(lent.id()))).contains(out);
        assertThat(inTransaction(() -> reservations().heldBooking(overdue.id()))).contains(late);
        assertThat(inTransaction(() -> reservations().heldBooking(idle.id()))).isEmpty();
    }

    @Test
    void a_borrower_s_bookings_are_listed_by_start_the_active_ones_only_if_asked() {
        Site site = freshSite();
        Device device = freshDevice(site);
        Device other = freshDevice(site);
        Borrower borrower = new Borrower("u-" + UUID.randomUUID(), "因幡 太郎", "somu");
        Reservation returned = stored(booking(device, hours(-4, -2), ReservationStatus.RETURNED, borrower));
        Reservation pending = stored(booking(other, hours(3, 30), ReservationStatus.PENDING, borrower));
        Reservation lent = stored(booking(device, hours(0, 2), ReservationStatus.LENT, borrower));
        stored(booking(device, hours(4, 5), ReservationStatus.CONFIRMED));

        assertThat(inTransaction(() -> reservations().byBorrower(borrower.subject(), false)))
                .containsExactly(returned, lent, pending);
        assertThat(inTransaction(() -> reservations().byBorrower(borrower.subject(), true)))
                .containsExactly(lent, pending);
        assertThat(inTransaction(() -> reservations().byBorrower("nobody-" + UUID.randomUUID(), false))).isEmpty();
    }

    @Test
    void the_bookings_of_a_site_overlapping_a_window_are_listed_by_start_whatever_their_status() {
        Site site = freshSite();
        Site elsewhere = freshSite();
        Device device = freshDevice(site);
        Device remote = freshDevice(elsewhere);
        Reservation declined = stored(booking(device, hours(2, 3), ReservationStatus.DECLINED));
        Reservation started = stored(booking(device, hours(-1, 1), ReservationStatus.RETURNED));
        Reservation confirmed = stored(booking(device, hours(3, 4), ReservationStatus.CONFIRMED));
        stored(booking(device, hours(-3, 0), ReservationStatus.RETURNED));
        stored(booking(device, hours(4, 6), ReservationStatus.CONFIRMED));
        stored(booking(remote, hours(1, 2), ReservationStatus.CONFIRMED));

        assertThat(inTransaction(() -> reservations().atSite(site.code(), hours(0, 4))))
                .containsExactly(started, declined, confirmed);
    }

    @Test
    void changing_a_booking_that_changed_since_this_transaction_read_it_is_a_concurrent_change() {
        Device device = freshDevice(freshSite());
        Reservation booking = stored(booking(device, hours(1, 30), ReservationStatus.PENDING));
        Reservation approved = booking.approve("desk-1", hour(-1), null);

        assertThatThrownBy(() -> inTransaction(() -> {
            Reservation read = reservations().byId(booking.id()).orElseThrow();
            inTransaction(() -> reservations().update(approved));
            reservations().update(read.decline("desk-2", hour(0), "重複"));
        })).isInstanceOf(ConcurrentChange.class)
                .satisfies(e -> assertThat(((ConcurrentChange) e).code()).isEqualTo("concurrent-change"));

        assertThat(inTransaction(() -> reservations().byId(booking.id()))).contains(approved);
    }

    @Test
    void a_booking_read_and_changed_twice_in_one_transaction_is_no_concurrent_change() {
        Device device = freshDevice(freshSite());
        Reservation booking = stored(booking(device, hours(1, 2), ReservationStatus.CONFIRMED));

        inTransaction(() -> {
            Reservation lent = reservations().byId(booking.id()).orElseThrow().handOver(hour(1), POLICY);
            reservations().update(lent);
            reservations().update(lent.overdue(hour(2)));
        });

        assertThat(inTransaction(() -> reservations().byId(booking.id())))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ReservationStatus.OVERDUE));
    }

    @Test
    void a_booking_starting_before_the_window_and_ending_inside_it_overlaps_it() {
        Device device = freshDevice(freshSite());
        Instant start = hour(0).minus(Duration.ofMinutes(1));
        Reservation edge = stored(booking(device, new Period(start, hour(0).plus(Duration.ofMinutes(1))),
                ReservationStatus.CONFIRMED));

        assertThat(inTransaction(() -> reservations().agenda(device.id(), hours(0, 1)).reservations())).containsExactly(edge);
        assertThat(inTransaction(() -> reservations().agenda(device.id(), hours(-2, -1)).reservations())).isEmpty();
    }
}
