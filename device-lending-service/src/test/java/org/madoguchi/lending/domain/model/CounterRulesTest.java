package org.madoguchi.lending.domain.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the lending counter: hand-over, return, incidents, disaster scope. */
class CounterRulesTest {

    private static final Instant NINE = Instant.parse("2026-12-01T00:00:00Z");
    private static final SiteCode HONCHOSHA = new SiteCode("honchosha");
    private static final SiteCode EKINAN = new SiteCode("ekinan");
    private final Device device = Device.register(new DeviceNumber("007"), HONCHOSHA);
    private final Reservation confirmed = Reservation.request(device.id(), HONCHOSHA, new Borrower("u1", "鳥取 太郎", "somu"),
            new Period(NINE, NINE.plus(Duration.ofHours(8))), Purpose.REMOTE_WORK, null, NINE.minus(Duration.ofDays(1)),
            ZoneId.of("Asia/Tokyo"));

    @Test
    void a_device_is_handed_over_from_thirty_minutes_before_the_booking_until_its_end() {
        LendingPolicy policy = CityPolicy.DEFAULTS;
        assertThatThrownBy(() -> confirmed.handOver(NINE.minus(Duration.ofMinutes(31)), policy)).isInstanceOf(Reservation.NotDue.class);
        assertThat(confirmed.handOver(NINE.minus(Duration.ofMinutes(30)), policy).status().held()).isTrue();
        assertThatThrownBy(() -> confirmed.handOver(NINE.plus(Duration.ofHours(8)), policy))
                .isInstanceOfSatisfying(Reservation.NotDue.class,
                        e -> assertThat(e.arguments()).containsExactly("2026-12-01 09:00"));
    }

    @Test
    void a_hand_over_needs_disinfection_the_operation_check_and_every_usage_rule() {
        Lending.Notebook desktop = new Lending.Notebook(NotebookArrangement.DESKTOP_USER, null, null);
        assertThatThrownBy(() -> Lending.handOver(confirmed, NINE, "desk", desktop, EnumSet.allOf(KitItem.class), false, true,
                UsageRule.all()))
                .isInstanceOfSatisfying(Lending.HandOverIncomplete.class, e -> assertThat(e.fields()).containsExactly("disinfected"));
        assertThatThrownBy(() -> Lending.handOver(confirmed, NINE, "desk", desktop, EnumSet.allOf(KitItem.class), true, true,
                Set.of(UsageRule.NO_DATA_KEPT_ON_DEVICE)))
                .isInstanceOfSatisfying(Lending.HandOverIncomplete.class, e -> assertThat(e.fields()).containsExactly("rulesAcknowledged"));
    }

    @Test
    void a_deposited_notebook_has_its_asset_tag_and_storage_and_comes_back_confirmed_by_its_owner() {
        assertThatThrownBy(() -> new Lending.Notebook(NotebookArrangement.DEPOSITED, "A-123", null))
                .isInstanceOf(Lending.HandOverIncomplete.class);
        Lending lending = Lending.handOver(confirmed, NINE, "desk", new Lending.Notebook(NotebookArrangement.DEPOSITED, "A-123",
                "情報政策課 保管棚2"), EnumSet.allOf(KitItem.class), true, true, UsageRule.all());
        assertThatThrownBy(() -> lending.takeBack(NINE, "desk", EnumSet.allOf(KitItem.class), true, false, null))
                .isInstanceOf(Lending.HandOverIncomplete.class);
        Lending back = lending.takeBack(NINE, "desk", EnumSet.of(KitItem.MOBILE_PC, KitItem.CASE, KitItem.POWER_CORD), true, true, null);
        assertThat(back.returnCheck().missingItems()).containsExactlyInAnyOrder(KitItem.WIRE_LOCK, KitItem.KEYBOARD);
    }

    @Test
    void missing_items_damage_and_loss_need_the_borrower_s_report_before_they_close_a_fault_does_not() {
        Incident damage = Incident.open(device, confirmed.id(), Incident.Kind.DAMAGE, "画面割れ", "u1", NINE);
        assertThatThrownBy(() -> damage.close("desk", NINE, null)).isInstanceOf(Incident.ReportMissing.class);
        assertThat(damage.submitReport("落としてしまいました", NINE).close("desk", NINE, "修理手配").closed()).isTrue();
        Incident fault = Incident.open(device, null, Incident.Kind.FAULT, "起動しない", "u1", NINE);
        assertThat(fault.close("desk", NINE, "交換").closed()).isTrue();
    }

    @Test
    void a_lost_device_can_be_restored_only_from_lost_broken_or_maintenance() {
        Device lost = device.lost();
        assertThat(lost.status()).isEqualTo(DeviceStatus.LOST);
        assertThat(lost.restored().status()).isEqualTo(DeviceStatus.AVAILABLE);
        assertThatThrownBy(device::restored).isInstanceOf(Device.DeviceUnavailable.class);
        assertThatThrownBy(() -> device.handedOver().handedOver()).isInstanceOf(Device.DeviceUnavailable.class);
    }

    @Test
    void disaster_mode_restricts_only_its_sites_and_bookings_that_reach_into_it() {
        DisasterDeclaration some = DisasterDeclaration.declare(Set.of(EKINAN), NINE, "地震", "info", NINE);
        Period before = new Period(NINE.minus(Duration.ofHours(3)), NINE);
        Period across = new Period(NINE.minus(Duration.ofHours(1)), NINE.plus(Duration.ofHours(1)));
        assertThat(some.restricts(EKINAN, across)).isTrue();
        assertThat(some.restricts(EKINAN, before)).isFalse();
        assertThat(some.restricts(HONCHOSHA, across)).isFalse();
        assertThat(DisasterDeclaration.declare(Set.of(), NINE, null, "info", NINE).restricts(new SiteCode("aoya"), across)).isTrue();
        assertThat(some.lift("info", NINE).restricts(EKINAN, across)).isFalse();
    }

    @Test
    void a_closed_incident_a_returned_device_and_a_lifted_declaration_refuse_it_again_as_a_state_conflict() {
        Incident closed = Incident.open(device, null, Incident.Kind.FAULT, "起動しない", "u1", NINE).close("desk", NINE, "交換");
        assertThatThrownBy(() -> closed.close("desk", NINE, null))
                .isInstanceOfSatisfying(Incident.AlreadyClosed.class, e -> assertThat(e.code()).isEqualTo("state-conflict"));
        assertThatThrownBy(() -> closed.submitReport("遅れて提出します", NINE)).isInstanceOf(Incident.AlreadyClosed.class);

        Lending back = Lending.handOver(confirmed, NINE, "desk", new Lending.Notebook(NotebookArrangement.DESKTOP_USER, null, null),
                EnumSet.allOf(KitItem.class), true, true, UsageRule.all())
                .takeBack(NINE, "desk", EnumSet.allOf(KitItem.class), false, false, null);
        assertThatThrownBy(() -> back.takeBack(NINE, "desk", EnumSet.allOf(KitItem.class), false, false, null))
                .isInstanceOfSatisfying(Lending.AlreadyReturned.class, e -> assertThat(e.code()).isEqualTo("state-conflict"));

        DisasterDeclaration lifted = DisasterDeclaration.declare(Set.of(), NINE, null, "info", NINE).lift("info", NINE);
        assertThatThrownBy(() -> lifted.lift("info", NINE))
                .isInstanceOfSatisfying(DisasterDeclaration.AlreadyLifted.class, e -> assertThat(e.code()).isEqualTo("state-conflict"));
    }
}
