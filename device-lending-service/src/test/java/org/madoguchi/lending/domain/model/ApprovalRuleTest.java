package org.madoguchi.lending.domain.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Same-day use needs no approval; anything past the end of the day in Tokyo does. */
class ApprovalRuleTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static ReservationStatus statusOf(String start, String end) {
        Period period = new Period(OffsetDateTime.parse(start).toInstant(), OffsetDateTime.parse(end).toInstant());
        return Reservation.request(DeviceId.random(), new SiteCode("ekinan"), new Borrower("s", "n", "d"), period, Purpose.TELEWORK,
                null, Instant.parse("2026-01-01T00:00:00Z"), TOKYO).status();
    }

    @Test
    void a_booking_within_one_tokyo_day_is_confirmed_at_once() {
        assertThat(statusOf("2026-12-01T09:00+09:00", "2026-12-01T17:15+09:00")).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void a_booking_that_ends_exactly_at_midnight_is_still_same_day() {
        assertThat(statusOf("2026-12-01T18:00+09:00", "2026-12-02T00:00+09:00")).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void a_booking_one_minute_past_midnight_waits_for_approval() {
        assertThat(statusOf("2026-12-01T18:00+09:00", "2026-12-02T00:01+09:00")).isEqualTo(ReservationStatus.PENDING);
    }

    @Test
    void the_day_is_tokyo_s_not_utc_s() {
        // 08:00–10:00 JST crosses midnight UTC (23:00–01:00Z) but is one day in Tokyo
        assertThat(statusOf("2026-12-01T08:00+09:00", "2026-12-01T10:00+09:00")).isEqualTo(ReservationStatus.CONFIRMED);
        // 23:00–01:00 JST is one UTC day (14:00–16:00Z) but two days in Tokyo
        assertThat(statusOf("2026-12-01T23:00+09:00", "2026-12-02T01:00+09:00")).isEqualTo(ReservationStatus.PENDING);
    }

    @Test
    void a_long_work_from_home_booking_waits_for_approval() {
        assertThat(statusOf("2027-04-01T08:30+09:00", "2027-10-31T17:15+09:00")).isEqualTo(ReservationStatus.PENDING);
    }
}
