package org.madoguchi.procedures.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The progress report derived from status histories, and the printed table checked against it. */
class ProgressReconciliationTest {

    private static final FiscalYear R4 = FiscalYear.of(2022);
    private static final Department RINMU = new Department(new DepartmentCode("rinmu-suisan"), "林務水産課",
            "Forestry and Fisheries Division", null, 80);
    private static final Department SOMU = new Department(new DepartmentCode("somu"), "総務課",
            "General Affairs Division", null, 10);

    @Test
    void the_outcome_of_a_plan_is_the_status_that_followed_its_last_plan() {
        OnlineStatus planned = new OnlineStatus.Planned(R4);
        OnlineStatus done = new OnlineStatus.Completed(LocalDate.of(2022, 9, 1), R4, null);

        assertThat(PlanOutcome.of(List.of(new OnlineStatus.NotPlanned(), planned, done), R4))
                .hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo(PlanOutcome.COMPLETED));
        assertThat(PlanOutcome.of(List.of(planned), R4)).hasValueSatisfying(o -> assertThat(o.kind())
                .isEqualTo(PlanOutcome.OPEN));
        assertThat(PlanOutcome.of(List.of(planned, new OnlineStatus.Planned(R4.next())), R4))
                .hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo(PlanOutcome.CARRIED_OVER));
        assertThat(PlanOutcome.of(List.of(new OnlineStatus.Planned(R4.next())), R4)).isEmpty();
    }

    @Test
    void rows_follow_the_organisational_order_and_the_totals_add_up() {
        List<PlannedProcedure> planned = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            planned.add(new PlannedProcedure(new ProcedureCode("R4-RINMU-0" + i), "林務" + i, RINMU.code(),
                    new PlanOutcome.Outcome(i == 5 ? PlanOutcome.OPEN : PlanOutcome.COMPLETED, null)));
        }
        OnlineStatus.Revised revision = new OnlineStatus.Revised(R4, RevisionReason.ABOLITION_UNDER_REVIEW, null);
        planned.add(new PlannedProcedure(new ProcedureCode("R4-SOMU-01"), "町名変更証明申込", SOMU.code(),
                new PlanOutcome.Outcome(PlanOutcome.REVISED, revision)));

        ProgressReport report = ProgressReport.compile(R4, planned, List.of(RINMU, SOMU));

        assertThat(report.rows()).extracting(r -> r.department().name()).containsExactly("総務課", "林務水産課");
        assertThat(report.rows().get(1).counts()).isEqualTo(new ProgressCounts(5, 4, 0, 0, 1));
        assertThat(report.rows().get(1).contents()).containsExactly("林務1", "林務2");
        assertThat(report.rows().get(1).moreContents()).isEqualTo(3);
        assertThat(report.rows().get(0).revisions()).singleElement()
                .satisfies(g -> assertThat(g.reason()).isEqualTo(RevisionReason.ABOLITION_UNDER_REVIEW));
        assertThat(report.totals()).isEqualTo(new ProgressCounts(6, 4, 1, 0, 1));
    }

    @Test
    void the_printed_forestry_line_is_flagged_and_the_completed_total_does_not_match_its_lines() {
        PublishedProgress printed = new PublishedProgress(R4, List.of(
                new PublishedProgress.Row("総務課", SOMU.code(), ProgressCounts.printed(1, 0, 1), "町名変更証明申込", null),
                new PublishedProgress.Row("林務水産課", RINMU.code(), ProgressCounts.printed(5, 1, 0), "伐採等の届出 など", null)),
                ProgressCounts.printed(6, 5, 1));
        List<PlannedProcedure> records = new ArrayList<>();
        records.add(new PlannedProcedure(new ProcedureCode("R4-SOMU-01"), "町名変更証明申込", SOMU.code(),
                new PlanOutcome.Outcome(PlanOutcome.REVISED,
                        new OnlineStatus.Revised(R4, RevisionReason.ABOLITION_UNDER_REVIEW, null))));
        for (int i = 1; i <= 5; i++) {
            records.add(new PlannedProcedure(new ProcedureCode("R4-RINMU-0" + i), "林務" + i, RINMU.code(),
                    new PlanOutcome.Outcome(PlanOutcome.COMPLETED, null)));
        }
        ProgressReport derived = ProgressReport.compile(R4, records, List.of(SOMU, RINMU));

        Reconciliation check = Reconciliation.check(printed, derived, LocalDate.of(2023, 5, 1));

        assertThat(check.consistent()).isFalse();
        assertThat(check.rows().get(0).findings()).isEmpty();
        assertThat(check.rows().get(1).findings()).containsExactly(Reconciliation.Finding.UNBALANCED,
                Reconciliation.Finding.DIFFERS_FROM_RECORDS);
        assertThat(check.rows().get(1).unaccounted()).isEqualTo(4);
        assertThat(check.sumOfRows().completed()).isEqualTo(1);
        assertThat(check.totalsMismatch()).containsExactly(Reconciliation.Column.COMPLETED);
    }

    @Test
    void an_open_plan_is_not_flagged_before_its_year_is_over() {
        PublishedProgress printed = new PublishedProgress(R4, List.of(new PublishedProgress.Row("林務水産課",
                RINMU.code(), ProgressCounts.printed(5, 1, 0), null, null)), null);
        List<PlannedProcedure> records = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            records.add(new PlannedProcedure(new ProcedureCode("R4-RINMU-0" + i), "林務" + i, RINMU.code(),
                    new PlanOutcome.Outcome(i == 1 ? PlanOutcome.COMPLETED : PlanOutcome.OPEN, null)));
        }

        Reconciliation check = Reconciliation.check(printed, ProgressReport.compile(R4, records, List.of(RINMU)),
                LocalDate.of(2022, 12, 1));

        assertThat(check.consistent()).isTrue();
    }
}
