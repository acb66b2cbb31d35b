package org.madoguchi.lending.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.ConcurrentChange;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.IncidentId;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;

/** What {@link Incidents} (事故) promises, in memory and on PostgreSQL alike. */
public abstract class IncidentsContract extends OutPortContract {

    private Incidents incidents() {
        return ports().incidents();
    }

    private Incident opened(Device device, Incident.Kind kind, int atHour) {
        Incident incident = Incident.open(device, null, kind, kind.name().toLowerCase(), "reporter-1", hour(atHour));
        inTransaction(() -> incidents().add(incident));
        return incident;
    }

    @Test
    void an_incident_opened_under_a_booking_reads_back_the_same() {
        Device device = freshDevice(freshSite());
        Reservation booking = booking(device, hours(-2, 1), ReservationStatus.LOST);
        Incident loss = Incident.open(device, booking.id(), Incident.Kind.LOSS, "電車に置き忘れ", booking.borrower().subject(),
                hour(0));
        inTransaction(() -> {
            ports().reservations().add(booking);
            incidents().add(loss);
        });

        assertThat(inTransaction(() -> incidents().incident(loss.id()))).hasValueSatisfying(i -> {
            assertThat(i).isEqualTo(loss);
            assertThat(i.reservationId()).isEqualTo(booking.id());
            assertThat(i.reportRequired()).isTrue();
        });
    }

    @Test
    void an_incident_without_a_booking_or_description_reads_back_without_them() {
        Device device = freshDevice(freshSite());
        Incident fault = Incident.open(device, null, Incident.Kind.FAULT, null, "desk-1", hour(0));

        inTransaction(() -> incidents().add(fault));

        assertThat(inTransaction(() -> incidents().incident(fault.id()))).hasValueSatisfying(i -> {
            assertThat(i).isEqualTo(fault);
            assertThat(i.reservationId()).isNull();
            assertThat(i.description()).isNull();
        });
    }

    @Test
    void an_unknown_incident_is_not_found() {
        assertThat(inTransaction(() -> incidents().incident(IncidentId.random()))).isEmpty();
    }

    @Test
    void an_update_reads_back_with_its_disabling_report_and_closing() {
        Device device = freshDevice(freshSite());
        Incident loss = opened(device, Incident.Kind.LOSS, 0);
        Incident disabled = loss.disabled("desk-1", hour(1));
        Incident reported = disabled.submitReport("  経緯を報告します。  ", hour(2));
        Incident closed = reported.close("desk-2", hour(3), "発見され回収");

        inTransaction(() -> incidents().update(disabled));
        assertThat(inTransaction(() -> incidents().incident(loss.id()))).contains(disabled);
        inTransaction(() -> incidents().update(reported));
        inTransaction(() -> incidents().update(closed));

        assertThat(inTransaction(() -> incidents().incident(loss.id()))).hasValueSatisfying(i -> {
            assertThat(i).isEqualTo(closed);
            assertThat(i.report()).isEqualTo("経緯を報告します。");
            assertThat(i.closed()).isTrue();
        });
    }

    @Test
    void the_open_loss_of_a_device_is_found_and_nothing_else_is() {
        Site site = freshSite();
        Device lost = freshDevice(site);
        Device found = freshDevice(site);
        Device faulty = freshDevice(site);
        opened(lost, Incident.Kind.FAULT, 0);
        Incident loss = opened(lost, Incident.Kind.LOSS, 1);
        Incident closedLoss = opened(found, Incident.Kind.LOSS, 1);
        inTransaction(() -> incidents().update(closedLoss.disabled("desk", hour(2)).submitReport("報告", hour(3))
                .close("desk", hour(4), "発見")));
        opened(faulty, Incident.Kind.FAULT, 1);

        assertThat(inTransaction(() -> incidents().openLoss(lost.id()))).contains(loss);
        assertThat(inTransaction(() -> incidents().openLoss(found.id()))).isEmpty();
        assertThat(inTransaction(() -> incidents().openLoss(faulty.id()))).isEmpty();
    }

    @Test
    void the_incidents_of_a_site_are_listed_by_opening_the_open_ones_only_if_asked() {
        Site site = freshSite();
        Device device = freshDevice(site);
        Device remote = freshDevice(freshSite());
        Incident later = opened(device, Incident.Kind.DAMAGE, 3);
        Incident earlier = opened(device, Incident.Kind.MISSING_ITEMS, 1);
        Incident fault = opened(device, Incident.Kind.FAULT, 2);
        Incident closed = fault.close("desk", hour(4), "修理済み");
        inTransaction(() -> incidents().update(closed));
        opened(remote, Incident.Kind.FAULT, 0);

        assertThat(inTransaction(() -> incidents().atSite(site.code(), false))).containsExactly(earlier, closed, later);
        assertThat(inTransaction(() -> incidents().atSite(site.code(), true))).containsExactly(earlier, later);
    }

    @Test
    void without_a_site_the_incidents_of_every_site_are_listed_by_opening() {
        Device here = freshDevice(freshSite());
        Device there = freshDevice(freshSite());
        Incident second = opened(here, Incident.Kind.FAULT, 2);
        Incident first = opened(there, Incident.Kind.DAMAGE, 1);

        List<Incident> all = inTransaction(() -> incidents().atSite(null, true));

        assertThat(all).isSortedAccordingTo(Comparator.comparing(Incident::openedAt));
        assertThat(all).filteredOn(i -> i.deviceId().equals(here.id()) || i.deviceId().equals(there.id()))
                .containsExactly(first, second);
    }

    @Test
    void the_incidents_naming_a_person_are_theirs_alone_by_opening_open_ones_only_if_asked() {
        Device device = freshDevice(freshSite());
        String borrower = "borrower-" + UUID.randomUUID();
        Incident later = Incident.open(device, null, Incident.Kind.LOSS, "紛失", borrower, hour(3));
        Incident earlier = Incident.open(device, null, Incident.Kind.DAMAGE, "破損", borrower, hour(1));
        Incident closed = Incident.open(device, null, Incident.Kind.FAULT, "故障", borrower, hour(2));
        inTransaction(() -> {
            incidents().add(later);
            incidents().add(earlier);
            incidents().add(closed);
        });
        Incident closedNow = closed.close("desk", hour(4), "修理済み");
        inTransaction(() -> incidents().update(closedNow));
        opened(device, Incident.Kind.DAMAGE, 0);

        assertThat(inTransaction(() -> incidents().naming(borrower, false))).containsExactly(earlier, closedNow, later);
        assertThat(inTransaction(() -> incidents().naming(borrower, true))).containsExactly(earlier, later);
        assertThat(inTransaction(() -> incidents().naming("nobody-" + UUID.randomUUID(), false))).isEmpty();
    }

    @Test
    void changing_an_incident_that_changed_since_this_transaction_read_it_is_a_concurrent_change() {
        Incident fault = opened(freshDevice(freshSite()), Incident.Kind.FAULT, 0);
        Incident reported = fault.submitReport("状況報告", hour(1));

        assertThatThrownBy(() -> inTransaction(() -> {
            Incident read = incidents().incident(fault.id()).orElseThrow();
            inTransaction(() -> incidents().update(reported));
            incidents().update(read.close("desk", hour(2), "報告なしで終了"));
        })).isInstanceOf(ConcurrentChange.class);

        assertThat(inTransaction(() -> incidents().incident(fault.id()))).contains(reported);
    }
}
