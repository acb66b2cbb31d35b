package org.madoguchi.lending.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * What every out-port contract shares. Each test works on sites and devices of its own, made here and
 * discarded after it, so the contracts run in any order and beside the other tests on one database; what the
 * real store holds besides (the seeded inventory, other tests' bookings) is filtered out, never assumed absent.
 */
public abstract class OutPortContract {

    /** The city's zone, in which the stores word clashes. */
    protected static final ZoneId CITY = ZoneId.of("Asia/Tokyo");
    /** A Tuesday at 09:00 in the city, far from the dates other tests book. */
    protected static final Instant T0 = Instant.parse("2031-04-01T00:00:00Z");

    /** Device numbers for the contracts' own devices: above what the seed and the API tests use. */
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger();

    private final List<SiteCode> sitesMade = new ArrayList<>();
    private final List<DisasterDeclarationId> declarationsMade = new ArrayList<>();

    /** The out-ports under test. */
    protected abstract OutPorts ports();

    @AfterEach
    void discardWhatTheTestMade() {
        declarationsMade.forEach(ports()::discard);
        sitesMade.forEach(ports()::discard);
    }

    protected <T> T inTransaction(Supplier<T> work) {
        return ports().inTransaction(work);
    }

    protected void inTransaction(Runnable work) {
        ports().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** A site of this test alone, stored. */
    protected Site freshSite() {
        String code = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        Site site = new Site(new SiteCode(code), "契約テスト庁舎", "Contract test building", "joho-seisaku", "情報政策課");
        sitesMade.add(site.code());
        inTransaction(() -> ports().inventory().save(site));
        return site;
    }

    /** A new device of the site with a number no other device has, stored. */
    protected Device freshDevice(Site site) {
        Device device = Device.register(nextNumber(), site.code());
        inTransaction(() -> ports().inventory().save(device));
        return device;
    }

    /** A device number no other device of this run has (the seed has 001 to 030, the API tests stay below 200). */
    protected static DeviceNumber nextNumber() {
        return new DeviceNumber(String.format("%03d", 200 + NEXT_NUMBER.getAndIncrement() % 800));
    }

    /** Remembers a declaration to discard after the test. */
    protected void madeDeclaration(DisasterDeclarationId id) {
        declarationsMade.add(id);
    }

    protected static Instant hour(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    /** From {@code from} to {@code to} hours after {@link #T0}. */
    protected static Period hours(int from, int to) {
        return new Period(hour(from), hour(to));
    }

    /** A booking of the device for the period, in the given status, by a borrower of its own. */
    protected static Reservation booking(Device device, Period period, ReservationStatus status) {
        return booking(device, period, status, new Borrower("subject-" + UUID.randomUUID(), "鳥取 花子", "somu"));
    }

    protected static Reservation booking(Device device, Period period, ReservationStatus status, Borrower borrower) {
        return new Reservation(ReservationId.random(), device.id(), device.siteCode(), borrower, period,
                Purpose.TELEWORK, "在宅勤務", status, period.start().minus(Duration.ofDays(1)), null, null);
    }
}
