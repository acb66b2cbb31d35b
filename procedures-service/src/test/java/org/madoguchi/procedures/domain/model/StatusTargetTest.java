package org.madoguchi.procedures.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Where an import line states a status to be, and the steps the status rules take to get there. */
class StatusTargetTest {

    private static final FiscalYear R4 = FiscalYear.of(2022);
    private static final LocalDate OCTOBER = LocalDate.of(2022, 10, 1);

    @Test
    void a_status_already_reached_needs_no_step_and_blank_notes_count_as_the_same() {
        StatusTarget revised = new StatusTarget(StatusKind.REVISED, R4, null, null, RevisionReason.SWITCHED_TO_EMAIL,
                " ");

        assertThat(revised.stepsFrom(new OnlineStatus.Revised(R4, RevisionReason.SWITCHED_TO_EMAIL, null))).isEmpty();
        assertThat(new StatusTarget(StatusKind.COMPLETED, null, OCTOBER, null, null, null)
                .isReachedBy(new OnlineStatus.Completed(OCTOBER, R4, null))).isTrue();
    }

    @Test
    void a_completion_of_a_plan_plans_for_its_year_first_unless_it_is_planned_for_it() {
        StatusTarget completed = new StatusTarget(StatusKind.COMPLETED, R4, OCTOBER, null, null, null);

        assertThat(completed.stepsFrom(new OnlineStatus.NotPlanned()))
                .containsExactly(new StatusChange.Plan(R4), new StatusChange.Complete(OCTOBER, null));
        assertThat(completed.stepsFrom(new OnlineStatus.Planned(R4)))
                .containsExactly(new StatusChange.Complete(OCTOBER, null));
        assertThat(completed.planOfNewProcedure()).isEqualTo(R4);
    }

    @Test
    void nothing_leads_back_to_not_planned() {
        StatusTarget notPlanned = new StatusTarget(StatusKind.NOT_PLANNED, R4, null, null, null, null);

        assertThatThrownBy(() -> notPlanned.stepsFrom(new OnlineStatus.Planned(R4)))
                .isInstanceOf(InvalidStatusTransition.class);
        assertThat(notPlanned.planOfNewProcedure()).isNull();
    }
}
