package org.madoguchi.lending.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who booked, and the note, show to the borrower and the desk of the site only; the department to everyone. */
class ReservationVisibilityTest {

    private static final Instant NINE = Instant.parse("2026-12-01T00:00:00Z");
    private static final SiteCode EKINAN = new SiteCode("ekinan");
    private final Reservation booking = Reservation.request(DeviceId.random(), EKINAN,
            new Borrower("u1", "鳥取 花子", "kenko-kosodate"), new Period(NINE, NINE.plus(Duration.ofHours(2))),
            Purpose.TELEWORK, "資料を持参", NINE, ZoneId.of("Asia/Tokyo"));

    @Test
    void the_borrower_sees_who_booked_and_the_note() {
        VisibleReservation seen = booking.visibleTo(new Actor("u1", Optional.empty(), false, false));

        assertThat(seen.borrowerSubject()).contains("u1");
        assertThat(seen.borrowerName()).contains("鳥取 花子");
        assertThat(seen.note()).contains("資料を持参");
    }

    @Test
    void the_desk_of_the_site_and_the_information_policy_division_see_who_booked() {
        assertThat(booking.visibleTo(new Actor("d1", Optional.of(EKINAN), true, false)).personal()).isTrue();
        assertThat(booking.visibleTo(new Actor("i1", Optional.of(new SiteCode("honchosha")), false, true)).personal())
                .isTrue();
    }

    @Test
    void a_colleague_or_another_site_s_desk_sees_the_department_only() {
        for (Actor viewer : new Actor[] {new Actor("u2", Optional.empty(), false, false),
                new Actor("d2", Optional.of(new SiteCode("honchosha")), true, false)}) {
            VisibleReservation seen = booking.visibleTo(viewer);

            assertThat(seen.borrowerSubject()).isEmpty();
            assertThat(seen.borrowerName()).isEmpty();
            assertThat(seen.note()).isEmpty();
            assertThat(seen.borrowerDepartment()).contains("kenko-kosodate");
        }
    }
}
