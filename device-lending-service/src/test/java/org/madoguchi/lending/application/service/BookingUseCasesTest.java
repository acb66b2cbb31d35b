package org.madoguchi.lending.application.service;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.lending.application.port.in.DeclareDisasterModeCommand;
import org.madoguchi.lending.application.port.in.DeclareDisasterModeUseCase;
import org.madoguchi.lending.application.port.in.ReserveDeviceCommand;
import org.madoguchi.lending.application.port.out.InMemoryDisasterDeclarations;
import org.madoguchi.lending.application.port.out.InMemoryInventory;
import org.madoguchi.lending.application.port.out.InMemoryLendingEvents;
import org.madoguchi.lending.application.port.out.InMemoryMaintenanceLog;
import org.madoguchi.lending.application.port.out.InMemoryReservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.BookingTooLong;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.DisasterModeInForce;
import org.madoguchi.lending.domain.model.CityPolicy;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.NoDeviceFree;
import org.madoguchi.lending.domain.model.NotPermitted;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.StartInPast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The booking use cases against in-memory out-ports: rules and events, without a database. */
class BookingUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"));
    private static final LendingPolicy POLICY = CityPolicy.DEFAULTS;
    private final InMemoryInventory inventory = new InMemoryInventory();
    private final InMemoryReservations bookings = new InMemoryReservations(new InMemoryMaintenanceLog(), POLICY.timeZone());
    private final InMemoryDisasterDeclarations declarations = new InMemoryDisasterDeclarations();
    private final InMemoryLendingEvents events = new InMemoryLendingEvents();
    private final ReserveDeviceService reservations = new ReserveDeviceService(inventory, bookings, declarations, events,
            POLICY, clock);
    private final DeclareDisasterModeService disasterMode = new DeclareDisasterModeService(inventory, bookings, declarations,
            events, clock);
    private final Borrower borrower = new Borrower("u1", "鳥取 花子", "somu");
    private final Actor staff = new Actor("u1", Optional.empty(), false, false);
    private final Actor info = new Actor("i1", Optional.of(new SiteCode("honchosha")), false, true);
    private final SiteCode ekinan = new SiteCode("ekinan");
    private Device first;
    private Device second;

    @BeforeEach
    void inventory() {
        inventory.save(new Site(ekinan, "駅南庁舎", "Station-south building", "hoken-somu", "保健総務課"));
        first = Device.register(new DeviceNumber("001"), ekinan);
        second = Device.register(new DeviceNumber("002"), ekinan);
        inventory.save(first);
        inventory.save(second);
    }

    private Period hours(int fromHour, int toHour) {
        return new Period(NOW.plus(Duration.ofHours(fromHour)), NOW.plus(Duration.ofHours(toHour)));
    }

    @Test
    void any_free_device_skips_devices_that_are_booked_or_out_of_service() {
        inventory.save(first.faulty());
        Reservation booked = reservations.reserve(new ReserveDeviceCommand(borrower, null, ekinan, hours(1, 3), Purpose.MEETING, null));
        assertThat(booked.deviceId()).isEqualTo(second.id());

        assertThatThrownBy(() -> reservations.reserve(new ReserveDeviceCommand(borrower, null, ekinan, hours(2, 4), Purpose.MEETING, null)))
                .isInstanceOfSatisfying(NoDeviceFree.class, e -> assertThat(e.code()).isEqualTo("no-device-free"));
        assertThat(events.published()).singleElement().isInstanceOf(LendingEvent.ReservationRequested.class);
    }

    @Test
    void a_declared_disaster_admits_only_disaster_response_and_pre_empts_the_rest() {
        Reservation normal = reservations.reserve(new ReserveDeviceCommand(borrower, first.id(), null, hours(5, 6), Purpose.TELEWORK, null));

        DeclareDisasterModeUseCase.DisasterOutcome outcome = disasterMode.declare(
                new DeclareDisasterModeCommand(info, Set.of(ekinan), null, "地震"));

        assertThat(outcome.bookingsCancelled()).isEqualTo(1);
        assertThat(bookings.byId(normal.id()).orElseThrow().status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(events.published()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(LendingEvent.ReservationCancelled.class,
                c -> assertThat(c.cancelledBecause()).isEqualTo(CancellationReason.DISASTER_PREEMPTION)));
        assertThatThrownBy(() -> reservations.reserve(new ReserveDeviceCommand(borrower, first.id(), null, hours(7, 8), Purpose.TELEWORK, null)))
                .isInstanceOfSatisfying(DisasterModeInForce.class, e -> assertThat(e.code()).isEqualTo("disaster-mode-in-force"));
        assertThat(reservations.reserve(new ReserveDeviceCommand(borrower, first.id(), null, hours(7, 8), Purpose.DISASTER_RESPONSE, null))
                .status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void only_information_policy_declares_disaster_mode() {
        assertThatThrownBy(() -> disasterMode.declare(new DeclareDisasterModeCommand(staff, Set.of(), null, null)))
                .isInstanceOf(NotPermitted.class);
        assertThat(declarations.stored()).isEmpty();
    }

    @Test
    void a_booking_may_not_start_in_the_past_or_run_longer_than_the_rules_allow() {
        assertThatThrownBy(() -> reservations.reserve(new ReserveDeviceCommand(borrower, first.id(), null,
                new Period(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1))), Purpose.TELEWORK, null)))
                .isInstanceOfSatisfying(StartInPast.class, e -> assertThat(e.code()).isEqualTo("start-in-past"));
        assertThatThrownBy(() -> reservations.reserve(new ReserveDeviceCommand(borrower, first.id(), null,
                new Period(NOW, NOW.plus(Duration.ofDays(400))), Purpose.WORK_FROM_HOME, null)))
                .isInstanceOfSatisfying(BookingTooLong.class, e -> assertThat(e.code()).isEqualTo("booking-too-long"));
        assertThat(bookings.stored()).isEmpty();
    }
}
