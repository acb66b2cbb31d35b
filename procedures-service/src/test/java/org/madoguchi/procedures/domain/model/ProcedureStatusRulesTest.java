package org.madoguchi.procedures.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/** The online-ization status moves only along its rules. */
class ProcedureStatusRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 3, 31);
    private static final FiscalYear R4 = FiscalYear.of(2022);

    private static Procedure registered(FiscalYear plannedFor) {
        return Procedure.register(ProcedureId.random(), new ProcedureCode("R4-KENKO-01"),
                new ProcedureDetails("妊娠届", "ニンシントドケ", new DepartmentCode("kenko-kosodate"), "届出", null, null, null),
                plannedFor);
    }

    @Test
    void a_planned_procedure_completes_within_its_plan() {
        Procedure done = registered(R4).changeStatus(new StatusChange.Complete(LocalDate.of(2022, 10, 1), null), TODAY);

        assertThat(done.status()).isEqualTo(new OnlineStatus.Completed(LocalDate.of(2022, 10, 1), R4, null));
        assertThat(done.status().isOnline()).isTrue();
        assertThat(done.status().effectiveOn(TODAY)).isEqualTo(LocalDate.of(2022, 10, 1));
    }

    @Test
    void a_procedure_already_online_completes_without_a_plan() {
        Procedure done = registered(null).changeStatus(new StatusChange.Complete(LocalDate.of(2021, 10, 1), null), TODAY);

        assertThat(done.status().plannedFor()).isEmpty();
    }

    @Test
    void a_revision_needs_a_plan_and_keeps_its_reason() {
        assertThatThrownBy(() -> registered(null).changeStatus(
                new StatusChange.Revise(RevisionReason.SWITCHED_TO_EMAIL, null), TODAY))
                .isInstanceOf(InvalidStatusTransition.class);

        Procedure revised = registered(R4).changeStatus(new StatusChange.Revise(RevisionReason.SWITCHED_TO_EMAIL, null),
                TODAY);

        assertThat(revised.status()).isEqualTo(new OnlineStatus.Revised(R4, RevisionReason.SWITCHED_TO_EMAIL, null));
    }

    @Test
    void the_reason_other_needs_a_note() {
        assertThatThrownBy(() -> registered(R4).changeStatus(new StatusChange.Revise(RevisionReason.OTHER, " "), TODAY))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::code)
                        .containsExactly("revision-note-required"));
    }

    @Test
    void a_plan_is_postponed_only_to_a_later_year_and_a_revised_one_planned_again_later() {
        Procedure planned = registered(R4);
        assertThatThrownBy(() -> planned.changeStatus(new StatusChange.Plan(R4), TODAY))
                .isInstanceOf(InvalidStatusTransition.class);
        assertThatThrownBy(() -> planned.changeStatus(new StatusChange.Plan(FiscalYear.of(2021)), TODAY))
                .isInstanceOf(InvalidStatusTransition.class);
        assertThat(planned.changeStatus(new StatusChange.Plan(R4.next()), TODAY).status())
                .isEqualTo(new OnlineStatus.Planned(R4.next()));

        Procedure revised = planned.changeStatus(new StatusChange.Revise(RevisionReason.ABOLITION_UNDER_REVIEW, null), TODAY);
        assertThat(revised.changeStatus(new StatusChange.Plan(R4.next()), TODAY).status().kind())
                .isEqualTo(StatusKind.PLANNED);
    }

    @Test
    void a_completed_procedure_can_only_be_abolished_and_an_abolished_one_nothing() {
        Procedure done = registered(R4).changeStatus(new StatusChange.Complete(TODAY, null), TODAY);

        assertThatThrownBy(() -> done.changeStatus(new StatusChange.Plan(R4.next()), TODAY))
                .isInstanceOf(InvalidStatusTransition.class)
                .satisfies(e -> assertThat(((InvalidStatusTransition) e).from()).isEqualTo(StatusKind.COMPLETED));
        assertThatThrownBy(() -> done.changeStatus(new StatusChange.Complete(TODAY, null), TODAY))
                .isInstanceOf(InvalidStatusTransition.class);
        Procedure gone = done.changeStatus(new StatusChange.Abolish(TODAY, "制度廃止"), TODAY);
        assertThat(gone.status().isOnline()).isFalse();
        assertThatThrownBy(() -> gone.changeStatus(new StatusChange.Abolish(TODAY, null), TODAY))
                .isInstanceOf(InvalidStatusTransition.class);
    }

    @Test
    void completions_and_abolitions_cannot_lie_in_the_future() {
        assertThatThrownBy(() -> registered(R4).changeStatus(new StatusChange.Complete(TODAY.plusDays(1), null), TODAY))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> registered(R4).changeStatus(new StatusChange.Abolish(TODAY.plusDays(1), null), TODAY))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void details_keep_the_reading_in_hiragana_and_report_every_broken_field() {
        ProcedureDetails details = new ProcedureDetails(" 妊娠届 ", "ﾆﾝｼﾝ トドケ", new DepartmentCode("kenko-kosodate"),
                "届出", null, null, null);
        assertThat(details.name()).isEqualTo("妊娠届");
        assertThat(details.kana()).isEqualTo("にんしん とどけ");
        assertThat(details.description()).isEmpty();

        assertThatThrownBy(() -> new ProcedureDetails("", "妊娠", null, " ", "x".repeat(4001), null, null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::field)
                        .containsExactly("name", "kana", "departmentCode", "category", "description"));
    }

    @Test
    void the_seal_review_needs_an_outcome_when_something_was_required_and_a_reason_when_kept() {
        assertThatThrownBy(() -> new SealReview(true, false, false, null, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new SealReview(false, false, false, SealReview.Outcome.ABOLISHED, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new SealReview(false, true, true, SealReview.Outcome.KEPT, " "))
                .isInstanceOf(InvalidInput.class);
        assertThat(new SealReview(false, true, true, SealReview.Outcome.KEPT, "法令で原本提出が必要").keptReason())
                .isEqualTo("法令で原本提出が必要");
    }

    @Test
    void staff_maintain_their_own_department_and_administrators_every_one() {
        DepartmentCode kenko = new DepartmentCode("kenko-kosodate");
        assertThat(new Actor("s", "someone", false, true, Optional.of(kenko)).mayMaintain(kenko)).isTrue();
        assertThat(new Actor("s", "someone", false, true, Optional.of(kenko))
                .mayMaintain(new DepartmentCode("somu"))).isFalse();
        assertThat(new Actor("s", "someone", false, true, Optional.empty()).mayMaintain(kenko)).isFalse();
        assertThat(new Actor("s", "someone", false, false, Optional.of(kenko)).mayMaintain(kenko)).isFalse();
        assertThat(new Actor("s", "someone", true, true, Optional.empty()).mayMaintain(kenko)).isTrue();
    }
}
