package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/** What staff narrow the inbox to: every part optional, a date range in order. */
class InboxFilterTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @Test
    void a_range_that_ends_before_it_starts_is_refused_under_to() {
        assertThatThrownBy(() -> new InboxFilter(null, null, Optional.of(APRIL_1), Optional.of(APRIL_1.minusDays(1)),
                null, null)).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations()).containsExactly(Violation.of("to", "range-order")));
    }

    @Test
    void a_range_of_one_day_and_open_ended_ranges_are_taken() {
        assertThat(new InboxFilter(null, null, Optional.of(APRIL_1), Optional.of(APRIL_1), null, null).submittedTo())
                .contains(APRIL_1);
        assertThat(new InboxFilter(null, null, Optional.of(APRIL_1), null, null, null).submittedTo()).isEmpty();
        assertThat(new InboxFilter(null, null, null, Optional.of(APRIL_1), null, null).submittedFrom()).isEmpty();
    }

    @Test
    void everything_narrows_nothing() {
        InboxFilter everything = InboxFilter.everything();

        assertThat(everything.form()).isEmpty();
        assertThat(everything.statuses()).isEmpty();
        assertThat(everything.submittedFrom()).isEmpty();
        assertThat(everything.submittedTo()).isEmpty();
        assertThat(everything.receiptNumber()).isEmpty();
        assertThat(everything.due()).isEmpty();
        assertThat(new InboxFilter(null, Set.of(ApplicationStatus.RECEIVED), null, null, null,
                Optional.of(InboxFilter.Due.OVERDUE)).statuses()).containsExactly(ApplicationStatus.RECEIVED);
    }
}
