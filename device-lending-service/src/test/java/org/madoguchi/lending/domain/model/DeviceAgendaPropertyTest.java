package org.madoguchi.lending.domain.model;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** For any sequence of booking, cancelling and approving, the active bookings of a device never overlap. */
class DeviceAgendaPropertyTest {

    private static final DeviceId DEVICE = DeviceId.random();
    private static final SiteCode SITE = new SiteCode("honchosha");
    private static final Instant BASE = Instant.parse("2026-12-01T00:00:00Z");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    sealed interface Step permits Book, Cancel, Approve {
    }

    record Book(int startHour, int hours) implements Step {
    }

    record Cancel(int pick) implements Step {
    }

    record Approve(int pick) implements Step {
    }

    /**
     * 300 sequences of 1 to 40 steps; a failing one is shrunk and reported with the seed that replays it
     * ({@code -DQT_SEED=...}).
     */
    @Test
    void active_bookings_of_a_device_never_overlap() {
        qt().withExamples(300).forAll(steps()).checkAssert(DeviceAgendaPropertyTest::run);
    }

    private static void run(List<Step> steps) {
        DeviceAgenda agenda = DeviceAgenda.empty(DEVICE, TOKYO);
        List<Reservation> accepted = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Book book) {
                Period period = new Period(BASE.plusSeconds(book.startHour() * 3600L),
                        BASE.plusSeconds((book.startHour() + book.hours()) * 3600L));
                Reservation booking = Reservation.request(DEVICE, SITE, new Borrower("s", "n", "d"), period,
                        Purpose.TELEWORK, null, BASE, TOKYO);
                boolean free = agenda.isFree(period);
                try {
                    agenda = agenda.admit(booking);
                    accepted.add(booking);
                    assertThat(free).as("admitted only when free").isTrue();
                } catch (DeviceAgenda.BookingConflict conflict) {
                    assertThat(free).as("refused only when taken").isFalse();
                    assertThat(conflict.clashingPeriod().overlaps(period)).isTrue();
                }
            } else if (step instanceof Cancel cancel && !accepted.isEmpty()) {
                Reservation target = current(agenda, accepted.get(cancel.pick() % accepted.size()));
                if (target != null && target.status().active() && !target.status().held()) {
                    agenda = agenda.update(target.cancel("s", BASE, CancellationReason.BY_BORROWER));
                }
            } else if (step instanceof Approve approve && !accepted.isEmpty()) {
                Reservation target = current(agenda, accepted.get(approve.pick() % accepted.size()));
                if (target != null && target.needsApproval()) {
                    agenda = agenda.update(target.approve("desk", BASE, null));
                }
            }
            assertNoOverlap(agenda.reservations());
        }
    }

    private static Reservation current(DeviceAgenda agenda, Reservation original) {
        return agenda.reservations().stream().filter(r -> r.id().equals(original.id())).findFirst().orElse(null);
    }

    private static void assertNoOverlap(List<Reservation> active) {
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                assertThat(active.get(i).period().overlaps(active.get(j).period()))
                        .as("%s and %s overlap", active.get(i).period(), active.get(j).period()).isFalse();
            }
        }
    }

    /** Booking five times as often as cancelling or approving, which pick one of the bookings made so far. */
    private static Gen<List<Step>> steps() {
        Gen<Step> book = integers().between(0, 96).zip(integers().between(1, 30), Book::new);
        Gen<Step> cancel = integers().between(0, 50).map(Cancel::new);
        Gen<Step> approve = integers().between(0, 50).map(Approve::new);
        return lists().of(Generate.frequency(Pair.of(5, book), Pair.of(2, cancel), Pair.of(2, approve))).ofSizeBetween(1, 40);
    }
}
