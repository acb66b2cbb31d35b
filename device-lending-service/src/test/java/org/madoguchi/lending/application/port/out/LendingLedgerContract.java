package org.madoguchi.lending.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.NotebookArrangement;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.UsageRule;

/** What {@link LendingLedger} (貸出台帳) promises, in memory and on PostgreSQL alike. */
public abstract class LendingLedgerContract extends OutPortContract {

    private LendingLedger ledger() {
        return ports().ledger();
    }

    /** A booking of the device for the period, stored as handed over, and its ledger entry at its start. */
    private Lending handedOver(Device device, Period period) {
        Reservation booking = booking(device, period, ReservationStatus.LENT);
        Lending lending = Lending.handOver(booking, period.start(), "desk-1",
                new Lending.Notebook(NotebookArrangement.DEPOSITED, "LG-2031-0007", "管理課 保管庫A"),
                EnumSet.allOf(KitItem.class), true, true, UsageRule.all());
        inTransaction(() -> {
            ports().reservations().add(booking);
            ledger().add(lending);
        });
        return lending;
    }

    private Lending returned(Lending lending, Instant at) {
        Lending back = lending.takeBack(at, "desk-2", EnumSet.allOf(KitItem.class), true, true, null);
        inTransaction(() -> ledger().update(back));
        return back;
    }

    @Test
    void a_hand_over_reads_back_the_same() {
        Lending lending = handedOver(freshDevice(freshSite()), hours(1, 3));

        assertThat(inTransaction(() -> ledger().byReservation(lending.reservationId()))).hasValueSatisfying(entry -> {
            assertThat(entry).isEqualTo(lending);
            assertThat(entry.returned()).isFalse();
            assertThat(entry.notebook().storage()).isEqualTo("管理課 保管庫A");
            assertThat(entry.rulesAcknowledged()).isEqualTo(UsageRule.all());
        });
    }

    @Test
    void a_hand_over_with_nothing_deposited_reads_back_without_asset_tag_or_storage() {
        Device device = freshDevice(freshSite());
        Reservation booking = booking(device, hours(1, 2), ReservationStatus.LENT);
        Lending lending = new Lending(booking.id(), device.id(), device.siteCode(), booking.borrower(), hour(1), "desk-1",
                new Lending.Notebook(NotebookArrangement.LEFT_ON_AT_DESK, null, null), Set.of(KitItem.MOBILE_PC),
                true, true, Set.of(UsageRule.NEVER_LEFT_IN_CAR), null);
        inTransaction(() -> {
            ports().reservations().add(booking);
            ledger().add(lending);
        });

        assertThat(inTransaction(() -> ledger().byReservation(booking.id()))).contains(lending);
    }

    @Test
    void a_return_reads_back_with_what_was_missing_and_the_damage() {
        Lending lending = handedOver(freshDevice(freshSite()), hours(1, 3));
        Lending back = lending.takeBack(hour(3), "desk-2", EnumSet.of(KitItem.MOBILE_PC, KitItem.CASE, KitItem.KEYBOARD),
                true, true, "画面にひび");

        inTransaction(() -> ledger().update(back));

        assertThat(inTransaction(() -> ledger().byReservation(lending.reservationId()))).hasValueSatisfying(entry -> {
            assertThat(entry).isEqualTo(back);
            assertThat(entry.returnCheck().missingItems()).containsExactlyInAnyOrder(KitItem.WIRE_LOCK, KitItem.POWER_CORD);
            assertThat(entry.returnCheck().damageNote()).isEqualTo("画面にひび");
            assertThat(entry.returnCheck().receivedBy()).isEqualTo("desk-2");
        });
    }

    @Test
    void a_complete_return_reads_back_with_nothing_missing() {
        Lending lending = handedOver(freshDevice(freshSite()), hours(1, 3));

        Lending back = returned(lending, hour(2));

        assertThat(inTransaction(() -> ledger().byReservation(lending.reservationId()))).hasValueSatisfying(entry -> {
            assertThat(entry).isEqualTo(back);
            assertThat(entry.returnCheck().missingItems()).isEmpty();
            assertThat(entry.returnCheck().damaged()).isFalse();
        });
    }

    @Test
    void a_booking_never_handed_over_has_no_ledger_entry() {
        assertThat(inTransaction(() -> ledger().byReservation(ReservationId.random()))).isEmpty();
    }

    @Test
    void the_entries_of_a_site_are_those_handed_over_in_the_window_or_still_out_during_it_by_hand_over_time() {
        Site site = freshSite();
        Device device = freshDevice(site);
        Device other = freshDevice(site);
        Device remote = freshDevice(freshSite());
        Lending returnedBefore = returned(handedOver(device, hours(-10, -8)), hour(-9));
        Lending returnedInside = returned(handedOver(device, hours(-4, -1)), hour(1));
        Lending stillOut = handedOver(other, hours(-6, 20));
        Lending inside = handedOver(device, hours(2, 3));
        handedOver(device, hours(5, 6));
        handedOver(remote, hours(2, 3));

        List<Lending> entries = inTransaction(() -> ledger().entries(site.code(), hours(0, 5)));

        assertThat(entries).containsExactly(stillOut, returnedInside, inside);
        assertThat(entries).doesNotContain(returnedBefore);
    }

    @Test
    void without_a_site_the_entries_of_every_site_are_listed_by_hand_over_time() {
        Device here = freshDevice(freshSite());
        Device there = freshDevice(freshSite());
        Lending later = handedOver(here, hours(2, 3));
        Lending earlier = handedOver(there, hours(1, 2));

        List<Lending> entries = inTransaction(() -> ledger().entries(null, hours(0, 5)));

        assertThat(entries).filteredOn(l -> l.deviceId().equals(here.id()) || l.deviceId().equals(there.id()))
                .containsExactly(earlier, later);
        assertThat(entries).isSortedAccordingTo(Comparator.comparing(Lending::handedOverAt));
    }
}
