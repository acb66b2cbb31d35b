package org.madoguchi.lending.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The windows of reports, lists and the feed, and the week the calendar shows, as the policy sets them. */
class LendingPolicyWindowsTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private final LendingPolicy policy = CityPolicy.DEFAULTS;

    @Test
    void a_report_spans_366_days_and_a_list_92_days_at_most_by_default() {
        assertThat(policy.reportWindow(FROM, FROM.plus(Duration.ofDays(366))).length()).isEqualTo(Duration.ofDays(366));
        assertThatThrownBy(() -> policy.reportWindow(FROM, FROM.plus(Duration.ofDays(367))))
                .isInstanceOfSatisfying(WindowTooLong.class, e -> {
                    assertThat(e.code()).isEqualTo("window-too-long");
                    assertThat(e.arguments()).containsExactly(366L);
                    assertThat(e.violations()).containsExactly(Violation.of("to", "window-too-long", 366L));
                });
        assertThat(policy.listWindow(FROM, FROM.plus(Duration.ofDays(92))).length()).isEqualTo(Duration.ofDays(92));
        assertThatThrownBy(() -> policy.listWindow(FROM, FROM.plus(Duration.ofDays(93))))
                .isInstanceOfSatisfying(WindowTooLong.class, e -> assertThat(e.arguments()).containsExactly(92L));
    }

    @Test
    void a_window_that_does_not_end_after_it_starts_names_its_end() {
        assertThatThrownBy(() -> policy.listWindow(FROM, FROM))
                .isInstanceOfSatisfying(EndBeforeStart.class, e -> {
                    assertThat(e.code()).isEqualTo("end-before-start");
                    assertThat(e.violations()).containsExactly(Violation.of("to", "end-before-start"));
                });
    }

    @Test
    void the_feed_reaches_a_week_back_and_eight_weeks_ahead() {
        assertThat(policy.feedWindow(FROM)).isEqualTo(new Period(FROM.minus(Duration.ofDays(7)),
                FROM.plus(Duration.ofDays(56))));
    }

    @Test
    void the_calendar_shows_the_week_from_monday_of_the_day_asked_for_or_of_today_in_tokyo() {
        assertThat(policy.weekShown(LocalDate.parse("2026-12-03"), FROM)).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(policy.weekShown(LocalDate.parse("2026-11-30"), FROM)).isEqualTo(LocalDate.parse("2026-11-30"));
        // Sunday 2026-12-06 20:00 UTC is Monday 12-07 05:00 in Tokyo
        assertThat(policy.weekShown(null, Instant.parse("2026-12-06T20:00:00Z"))).isEqualTo(LocalDate.parse("2026-12-07"));
    }
}
