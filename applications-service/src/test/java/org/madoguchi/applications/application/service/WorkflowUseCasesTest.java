package org.madoguchi.applications.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.ZEIMU;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.answers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.citizen;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.staffOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.in.ProcessApplicationCommand;
import org.madoguchi.applications.application.port.in.ResubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.SubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.WithdrawApplicationCommand;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.AnswersRejected;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.ApplicationNotFound;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.FieldType;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormField;
import org.madoguchi.applications.domain.model.FormNotFound;
import org.madoguchi.applications.domain.model.InvalidTransition;
import org.madoguchi.applications.domain.model.NotPermitted;
import org.madoguchi.applications.domain.model.StaleApplication;
import org.madoguchi.applications.domain.model.StatusChange;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/**
 * Staff of the owning department move an application on, the applicant withdraws it or resubmits it corrected:
 * each change only from the version the caller read (If-Match), stored with its step and announced once.
 */
class WorkflowUseCasesTest {

    private static final Actor HANAKO = citizen("citizen-hanako");
    private static final Actor STAFF = staffOf(KOSODATE, "staff-kosodate");

    private final UseCases useCases = new UseCases();
    private final Form form = allowanceForm(KOSODATE);
    private final Application submitted;

    WorkflowUseCasesTest() {
        useCases.catalogue.publish(form, AT.minusSeconds(86_400));
        submitted = useCases.submit.submit(new SubmitApplicationCommand(HANAKO, form.id(), allowanceAnswers(),
                Optional.empty(), null)).application();
        useCases.clock.advance(Duration.ofHours(1));
    }

    private Application process(Actor actor, ApplicationId id, Action action, String comment, long version) {
        return useCases.process.process(new ProcessApplicationCommand(actor, id, action, comment, version));
    }

    private Application stored(ApplicationId id) {
        return useCases.applications.find(id).orElseThrow();
    }

    private List<ApplicationEvent> eventsAfterSubmission() {
        List<ApplicationEvent> all = useCases.events.published();
        return all.subList(1, all.size());
    }

    @Test
    void staff_of_the_department_receive_an_application_read_at_its_current_version() {
        Instant now = useCases.clock.instant();

        Application received = process(STAFF, submitted.id(), Action.RECEIVE, "受け付けました", 1);

        assertThat(received.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(received.version()).isEqualTo(2);
        assertThat(received.lastChange()).isEqualTo(new StatusChange(Action.RECEIVE, ApplicationStatus.SUBMITTED,
                ApplicationStatus.RECEIVED, "staff-kosodate", now, "受け付けました"));
        assertThat(stored(submitted.id())).isEqualTo(received);
        assertThat(eventsAfterSubmission()).containsExactly(
                new ApplicationEvent.ApplicationStatusChanged(received, received.lastChange()));
    }

    @Test
    void the_whole_workflow_to_completion_leaves_every_step_in_the_history() {
        Application received = process(STAFF, submitted.id(), Action.RECEIVE, null, 1);
        Application reviewing = process(staffOf(KOSODATE, "staff-reviewer"), submitted.id(), Action.START_REVIEW, null,
                received.version());
        Application completed = process(STAFF, submitted.id(), Action.COMPLETE, "支給を決定しました",
                reviewing.version());

        assertThat(stored(submitted.id()).history()).extracting(StatusChange::to).containsExactly(
                ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.COMPLETED);
        assertThat(completed.version()).isEqualTo(4);
        assertThat(eventsAfterSubmission()).extracting(e -> ((ApplicationEvent.ApplicationStatusChanged) e).change()
                .action()).containsExactly(Action.RECEIVE, Action.START_REVIEW, Action.COMPLETE);
    }

    @Test
    void a_change_from_a_version_someone_else_changed_since_is_refused_as_stale_and_changes_nothing() {
        process(STAFF, submitted.id(), Action.RECEIVE, null, 1);
        Application afterFirst = stored(submitted.id());

        assertThatThrownBy(() -> process(staffOf(KOSODATE, "staff-other"), submitted.id(),
                Action.RETURN_FOR_CORRECTION, "書類不足", 1)).isInstanceOfSatisfying(StaleApplication.class, e -> {
                    assertThat(e.code()).isEqualTo("stale-version");
                    assertThat(e.arguments()).containsExactly(1L, 2L);
                    assertThat(e.kind().status()).isEqualTo(412);
                });
        assertThat(stored(submitted.id())).isEqualTo(afterFirst);
        assertThat(eventsAfterSubmission()).hasSize(1);
    }

    @Test
    void a_rejection_and_a_return_carry_their_reason_in_the_change_they_announce() {
        Application returned = process(STAFF, submitted.id(), Action.RETURN_FOR_CORRECTION, "生年月日をご確認ください", 1);

        ApplicationEvent announced = eventsAfterSubmission().get(0);
        assertThat(announced).isInstanceOfSatisfying(ApplicationEvent.ApplicationStatusChanged.class, changed -> {
            assertThat(changed.change().action()).isEqualTo(Action.RETURN_FOR_CORRECTION);
            assertThat(changed.change().comment()).isEqualTo("生年月日をご確認ください");
            assertThat(changed.application()).isEqualTo(returned);
        });
        assertThatThrownBy(() -> process(STAFF, submitted.id(), Action.REJECT, " ", returned.version()))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void a_rejection_without_its_reason_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> process(STAFF, submitted.id(), Action.REJECT, "  ", 1))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field,
                        Violation::code).containsExactly(tuple("comment", "comment-required")));
        assertThat(stored(submitted.id())).isEqualTo(submitted);
        assertThat(eventsAfterSubmission()).isEmpty();
    }

    @Test
    void an_invalid_step_is_refused_naming_the_steps_that_can_be_taken() {
        assertThatThrownBy(() -> process(STAFF, submitted.id(), Action.COMPLETE, null, 1))
                .isInstanceOfSatisfying(InvalidTransition.class, e -> assertThat(e.allowed())
                        .containsExactly(Action.RECEIVE, Action.REJECT, Action.RETURN_FOR_CORRECTION));
        assertThat(stored(submitted.id())).isEqualTo(submitted);
    }

    @Test
    void staff_of_another_department_are_told_the_application_does_not_exist_and_the_applicant_may_not_process() {
        assertThatThrownBy(() -> process(staffOf(ZEIMU, "staff-zeimu"), submitted.id(), Action.RECEIVE, null, 1))
                .isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> process(HANAKO, submitted.id(), Action.RECEIVE, null, 1))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> process(STAFF, ApplicationId.random(), Action.RECEIVE, null, 1))
                .isInstanceOf(ApplicationNotFound.class);
        assertThat(stored(submitted.id())).isEqualTo(submitted);
    }

    @Test
    void the_applicant_s_actions_are_no_department_step() {
        for (Action action : List.of(Action.WITHDRAW, Action.RESUBMIT)) {
            assertThatThrownBy(() -> new ProcessApplicationCommand(STAFF, submitted.id(), action, null, 1))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                            .containsExactly(Violation.of("action", "not-a-department-action", action.name())));
        }
        assertThatThrownBy(() -> new ProcessApplicationCommand(STAFF, submitted.id(), null, null, 1))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("action", "not-blank")));
    }

    @Test
    void the_applicant_withdraws_with_or_without_if_match_and_the_withdrawal_is_announced() {
        Application withdrawn = useCases.withdraw.withdraw(new WithdrawApplicationCommand(HANAKO, submitted.id(),
                "別の窓口で手続きしました", OptionalLong.of(1)));

        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.lastChange().by()).isEqualTo("citizen-hanako");
        assertThat(stored(submitted.id())).isEqualTo(withdrawn);
        assertThat(eventsAfterSubmission()).containsExactly(
                new ApplicationEvent.ApplicationWithdrawn(withdrawn, withdrawn.lastChange()));

        Application other = useCases.submit.submit(new SubmitApplicationCommand(HANAKO, form.id(), allowanceAnswers(),
                Optional.empty(), null)).application();
        process(STAFF, other.id(), Action.RECEIVE, null, 1);
        assertThat(useCases.withdraw.withdraw(new WithdrawApplicationCommand(HANAKO, other.id(), null,
                OptionalLong.empty())).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void a_withdrawal_from_a_stale_version_or_by_anybody_else_or_of_a_completed_application_is_refused() {
        process(STAFF, submitted.id(), Action.RECEIVE, null, 1);

        assertThatThrownBy(() -> useCases.withdraw.withdraw(new WithdrawApplicationCommand(HANAKO, submitted.id(), null,
                OptionalLong.of(1)))).isInstanceOf(StaleApplication.class);
        assertThatThrownBy(() -> useCases.withdraw.withdraw(new WithdrawApplicationCommand(citizen("citizen-taro"),
                submitted.id(), null, OptionalLong.empty()))).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> useCases.withdraw.withdraw(new WithdrawApplicationCommand(STAFF, submitted.id(), null,
                OptionalLong.empty()))).isInstanceOf(ApplicationNotFound.class);
        process(STAFF, submitted.id(), Action.START_REVIEW, null, 2);
        process(STAFF, submitted.id(), Action.COMPLETE, null, 3);
        assertThatThrownBy(() -> useCases.withdraw.withdraw(new WithdrawApplicationCommand(HANAKO, submitted.id(), null,
                OptionalLong.empty()))).isInstanceOfSatisfying(InvalidTransition.class,
                        e -> assertThat(e.allowed()).isEmpty());
        assertThat(stored(submitted.id()).status()).isEqualTo(ApplicationStatus.COMPLETED);
    }

    @Test
    void a_returned_application_resubmitted_answers_the_form_s_current_version_with_a_new_due_date() {
        process(STAFF, submitted.id(), Action.RETURN_FOR_CORRECTION, "生年月日をご確認ください", 1);
        Form second = new Form(form.id(), 2, form.kind(), KOSODATE, "児童手当認定請求（第2版）", form.titleEn(),
                append(form.fields(), new FormField("note", "備考", "Note", FieldType.LONG_TEXT, false, null, null, null,
                        List.of())),
                false, null, null, form.standardProcessingDays(), form.attachmentLimits(), false);
        useCases.catalogue.publish(second, AT);
        useCases.clock.set(Instant.parse("2026-05-08T01:00:00Z"));
        Answers corrected = answers("name", new Answer.Text("鳥取 花子"), "birthDate", new Answer.Text("2018-06-02"),
                "receiveBy", new Answer.Text("窓口"), "consent", new Answer.Flag(true),
                "note", new Answer.Text("生年月日を訂正しました"));

        Application resubmitted = useCases.resubmit.resubmit(new ResubmitApplicationCommand(HANAKO, submitted.id(),
                corrected, "訂正しました", OptionalLong.of(2)));

        assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(resubmitted.form().version()).isEqualTo(2);
        assertThat(resubmitted.form().title()).isEqualTo("児童手当認定請求（第2版）");
        assertThat(resubmitted.answers()).isEqualTo(second.check(corrected));
        assertThat(resubmitted.dueDate()).as("five business days from Fri 8 May 2026").contains(LocalDate.of(2026, 5, 15));
        assertThat(resubmitted.lastChange()).isEqualTo(new StatusChange(Action.RESUBMIT, ApplicationStatus.RETURNED,
                ApplicationStatus.SUBMITTED, "citizen-hanako", Instant.parse("2026-05-08T01:00:00Z"), "訂正しました"));
        assertThat(stored(submitted.id())).isEqualTo(resubmitted);
        assertThat(eventsAfterSubmission()).last().isEqualTo(
                new ApplicationEvent.ApplicationStatusChanged(resubmitted, resubmitted.lastChange()));
    }

    @Test
    void a_form_closed_since_the_return_still_takes_the_correction() {
        process(STAFF, submitted.id(), Action.RETURN_FOR_CORRECTION, "押印がありません", 1);
        useCases.catalogue.close(form.id(), useCases.clock.instant());

        Application resubmitted = useCases.resubmit.resubmit(new ResubmitApplicationCommand(HANAKO, submitted.id(),
                allowanceAnswers(), null, OptionalLong.empty()));

        assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void corrected_answers_that_break_the_rules_are_refused_and_the_application_stays_returned() {
        Application returned = process(STAFF, submitted.id(), Action.RETURN_FOR_CORRECTION, "押印がありません", 1);

        assertThatThrownBy(() -> useCases.resubmit.resubmit(new ResubmitApplicationCommand(HANAKO, submitted.id(),
                answers("name", new Answer.Text("鳥取 花子")), null, OptionalLong.of(2))))
                .isInstanceOf(AnswersRejected.class);
        assertThat(stored(submitted.id())).isEqualTo(returned);
        assertThat(eventsAfterSubmission()).hasSize(1);
    }

    @Test
    void a_resubmission_from_a_stale_version_by_anybody_else_of_an_unreturned_application_or_of_a_form_gone_is_refused() {
        assertThatThrownBy(() -> useCases.resubmit.resubmit(new ResubmitApplicationCommand(HANAKO, submitted.id(),
                allowanceAnswers(), null, OptionalLong.empty()))).isInstanceOfSatisfying(InvalidTransition.class,
                        e -> assertThat(e.allowed()).containsExactly(Action.WITHDRAW));
        process(STAFF, submitted.id(), Action.RETURN_FOR_CORRECTION, "押印がありません", 1);
        assertThatThrownBy(() -> useCases.resubmit.resubmit(new ResubmitApplicationCommand(HANAKO, submitted.id(),
                allowanceAnswers(), null, OptionalLong.of(1)))).isInstanceOf(StaleApplication.class);
        assertThatThrownBy(() -> useCases.resubmit.resubmit(new ResubmitApplicationCommand(citizen("citizen-taro"),
                submitted.id(), allowanceAnswers(), null, OptionalLong.empty())))
                .isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> useCases.resubmit.resubmit(new ResubmitApplicationCommand(STAFF, submitted.id(),
                allowanceAnswers(), null, OptionalLong.empty()))).isInstanceOf(ApplicationNotFound.class);

        UseCases elsewhere = new UseCases();
        elsewhere.applications.add(stored(submitted.id()));
        assertThatThrownBy(() -> elsewhere.resubmit.resubmit(new ResubmitApplicationCommand(HANAKO, submitted.id(),
                allowanceAnswers(), null, OptionalLong.empty()))).isInstanceOf(FormNotFound.class);
        assertThat(stored(submitted.id()).status()).isEqualTo(ApplicationStatus.RETURNED);
    }

    private static List<FormField> append(List<FormField> fields, FormField field) {
        List<FormField> all = new ArrayList<>(fields);
        all.add(field);
        return all;
    }
}
