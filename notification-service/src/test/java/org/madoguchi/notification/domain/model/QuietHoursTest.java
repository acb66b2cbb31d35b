package org.madoguchi.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final QuietHours CITY = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), TOKYO);

    private static Instant tokyo(String local) {
        return java.time.LocalDateTime.parse(local).atZone(TOKYO).toInstant();
    }

    @Test
    void the_city_s_quiet_hours_run_from_ten_at_night_to_seven_in_the_morning() {
        assertThat(CITY.holds(tokyo("2023-05-11T21:59"))).isFalse();
        assertThat(CITY.holds(tokyo("2023-05-11T22:00"))).isTrue();
        assertThat(CITY.holds(tokyo("2023-05-12T03:00"))).isTrue();
        assertThat(CITY.holds(tokyo("2023-05-12T06:59"))).isTrue();
        assertThat(CITY.holds(tokyo("2023-05-12T07:00"))).isFalse();
    }

    @Test
    void what_is_held_at_night_goes_out_at_seven_the_next_morning_and_what_is_held_after_midnight_the_same_morning() {
        assertThat(CITY.endAfter(tokyo("2023-05-11T23:30"))).isEqualTo(tokyo("2023-05-12T07:00"));
        assertThat(CITY.endAfter(tokyo("2023-05-12T01:00"))).isEqualTo(tokyo("2023-05-12T07:00"));
    }

    @Test
    void any_instant_in_the_quiet_hours_is_held_until_an_end_within_nine_hours_that_is_no_longer_quiet() {
        Instant base = tokyo("2023-01-01T00:00");
        qt().forAll(longs().between(0, Duration.ofDays(800).toMinutes())).checkAssert(minutes -> {
            Instant at = base.plus(Duration.ofMinutes(minutes));
            if (CITY.holds(at)) {
                Instant end = CITY.endAfter(at);
                assertThat(end).isAfter(at);
                assertThat(Duration.between(at, end)).isLessThanOrEqualTo(Duration.ofHours(9));
                assertThat(CITY.holds(end)).isFalse();
                assertThat(end.atZone(TOKYO).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
            } else {
                LocalTime time = at.atZone(TOKYO).toLocalTime();
                assertThat(time).isBetween(LocalTime.of(7, 0), LocalTime.of(21, 59, 59));
            }
        });
    }

    @Test
    void quiet_hours_within_one_day_and_empty_ones_hold_as_they_read() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), TOKYO);
        assertThat(lunch.holds(tokyo("2023-05-11T12:30"))).isTrue();
        assertThat(lunch.holds(tokyo("2023-05-11T13:30"))).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON, TOKYO).holds(tokyo("2023-05-11T12:00"))).isFalse();
    }
}
