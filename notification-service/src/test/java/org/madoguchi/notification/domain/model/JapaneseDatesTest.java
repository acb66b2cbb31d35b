package org.madoguchi.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void the_start_of_the_smartphone_e_certificate_service_reads_with_the_era() {
        assertThat(JapaneseDates.japanese(LocalDate.of(2023, 5, 11))).isEqualTo("令和5年5月11日");
        assertThat(JapaneseDates.english(LocalDate.of(2023, 5, 11))).isEqualTo("11 May 2023");
    }

    @Test
    void the_era_changes_where_the_calendar_says_not_where_a_table_of_ours_would() {
        assertThat(JapaneseDates.japanese(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(JapaneseDates.japanese(LocalDate.of(2019, 5, 1))).isEqualTo("令和1年5月1日");
        assertThat(JapaneseDates.japanese(LocalDate.of(1989, 1, 8))).isEqualTo("平成1年1月8日");
    }

    @Test
    void a_time_reads_in_the_city_s_zone_with_hours_and_minutes() {
        ZonedDateTime morning = ZonedDateTime.of(2023, 5, 11, 9, 5, 0, 0, TOKYO);
        assertThat(JapaneseDates.japanese(morning)).isEqualTo("令和5年5月11日 9:05");
        assertThat(JapaneseDates.english(morning)).isEqualTo("11 May 2023, 09:05");
    }
}
