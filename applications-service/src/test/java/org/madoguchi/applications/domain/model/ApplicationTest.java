package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.DUE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.ZEIMU;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.citizen;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.inStatus;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.staffOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/**
 * 申請 through the workflow: submitted → received → under review → completed or rejected, returned for correction
 * and back on resubmission, withdrawn by the applicant before the end. Every action from every status either
 * leads where the workflow says or is refused naming what may be done instead; only the department processes,
 * only the applicant withdraws and resubmits; every step keeps who, when and what they wrote.
 */
class ApplicationTest {

    private static final String APPLICANT = "citizen-hanako";
    private static final Actor HANAKO = citizen(APPLICANT);
    private static final Actor STAFF = staffOf(KOSODATE, "staff-kosodate");
    private static final Form FORM = allowanceForm(KOSODATE);
    private static final Instant LATER = AT.plusSeconds(3600);

    /** The workflow as the issue states it: where each action leads from each status it may start from. */
    private static final Map<Action, Map<ApplicationStatus, ApplicationStatus>> WORKFLOW = new EnumMap<>(Map.of(
            Action.RECEIVE, Map.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED),
            Action.START_REVIEW, Map.of(ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW),
            Action.COMPLETE, Map.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.COMPLETED),
            Action.REJECT, Map.of(ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED,
                    ApplicationStatus.RECEIVED, ApplicationStatus.REJECTED,
                    ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REJECTED),
            Action.RETURN_FOR_CORRECTION, Map.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED,
                    ApplicationStatus.RECEIVED, ApplicationStatus.RETURNED,
                    ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RETURNED),
            Action.RESUBMIT, Map.of(ApplicationStatus.RETURNED, ApplicationStatus.SUBMITTED),
            Action.WITHDRAW, Map.of(ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN,
                    ApplicationStatus.RECEIVED, ApplicationStatus.WITHDRAWN,
                    ApplicationStatus.UNDER_REVIEW, ApplicationStatus.WITHDRAWN,
                    ApplicationStatus.RETURNED, ApplicationStatus.WITHDRAWN)));

    /** What the department may do from each status, in workflow order. */
    private static final Map<ApplicationStatus, List<Action>> DEPARTMENT_MAY = new EnumMap<>(Map.of(
            ApplicationStatus.SUBMITTED, List.of(Action.RECEIVE, Action.REJECT, Action.RETURN_FOR_CORRECTION),
            ApplicationStatus.RECEIVED, List.of(Action.START_REVIEW, Action.REJECT, Action.RETURN_FOR_CORRECTION),
            ApplicationStatus.UNDER_REVIEW, List.of(Action.COMPLETE, Action.REJECT, Action.RETURN_FOR_CORRECTION),
            ApplicationStatus.RETURNED, List.of(),
            ApplicationStatus.COMPLETED, List.of(),
            ApplicationStatus.REJECTED, List.of(),
            ApplicationStatus.WITHDRAWN, List.of()));

    /** What the applicant may do from each status. */
    private static final Map<ApplicationStatus, List<Action>> APPLICANT_MAY = new EnumMap<>(Map.of(
            ApplicationStatus.SUBMITTED, List.of(Action.WITHDRAW),
            ApplicationStatus.RECEIVED, List.of(Action.WITHDRAW),
            ApplicationStatus.UNDER_REVIEW, List.of(Action.WITHDRAW),
            ApplicationStatus.RETURNED, List.of(Action.RESUBMIT, Action.WITHDRAW),
            ApplicationStatus.COMPLETED, List.of(),
            ApplicationStatus.REJECTED, List.of(),
            ApplicationStatus.WITHDRAWN, List.of()));

    private static Application in(ApplicationStatus status) {
        return inStatus(FORM, Applicant.citizen(APPLICANT), status, AT, Optional.of(DUE));
    }

    /** The action taken the way its actor takes it, with a comment that any action accepts. */
    private static Application take(Action action, Application application) {
        return switch (action) {
            case WITHDRAW -> application.withdraw(HANAKO, "都合により取り下げます", LATER);
            case RESUBMIT -> application.resubmit(HANAKO, FORM, FORM.check(allowanceAnswers()), "修正しました", LATER,
                    Optional.of(DUE.plusDays(7)));
            default -> application.process(action, STAFF, "確認しました", LATER);
        };
    }

    static Stream<Arguments> everyActionFromEveryStatus() {
        return Arrays.stream(Action.values()).flatMap(action -> Arrays.stream(ApplicationStatus.values())
                .map(status -> Arguments.of(action, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryStatus")
    void every_action_from_every_status_leads_where_the_workflow_says_or_is_refused_naming_the_allowed_actions(
            Action action, ApplicationStatus status) {
        Application before = in(status);
        ApplicationStatus target = WORKFLOW.get(action).get(status);

        if (target != null) {
            Application after = take(action, before);
            assertThat(after.status()).isEqualTo(target).isEqualTo(action.target());
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.lastChange().action()).isEqualTo(action);
            assertThat(after.lastChange().from()).isEqualTo(status);
            assertThat(after.lastChange().to()).isEqualTo(target);
            assertThat(after.history()).hasSize(before.history().size() + 1)
                    .startsWith(before.history().toArray(StatusChange[]::new));
        } else {
            List<Action> allowed = (action.by() == Action.By.DEPARTMENT ? DEPARTMENT_MAY : APPLICANT_MAY).get(status);
            assertThatThrownBy(() -> take(action, before)).isInstanceOfSatisfying(InvalidTransition.class, refused -> {
                assertThat(refused.allowed()).isEqualTo(allowed);
                assertThat(refused.code()).isEqualTo("invalid-transition");
                assertThat(refused.kind().status()).isEqualTo(409);
                assertThat(refused.arguments()).startsWith(action.name(), status.name(),
                        allowed.isEmpty() ? "-" : String.join(", ", allowed.stream().map(Action::name).toList()));
            });
        }
    }

    @Test
    void what_each_side_may_do_next_is_the_workflow_s_allowed_actions() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(in(status).nextActions(Action.By.DEPARTMENT)).as("department, %s", status)
                    .isEqualTo(DEPARTMENT_MAY.get(status));
            assertThat(in(status).nextActions(Action.By.APPLICANT)).as("applicant, %s", status)
                    .isEqualTo(APPLICANT_MAY.get(status));
        }
    }

    @Test
    void a_refusal_names_the_action_status_and_allowed_actions_in_japanese_and_english() {
        assertThatThrownBy(() -> in(ApplicationStatus.SUBMITTED).process(Action.COMPLETE, STAFF, null, LATER))
                .isInstanceOfSatisfying(InvalidTransition.class, refused -> assertThat(refused.arguments())
                        .containsExactly("COMPLETE", "SUBMITTED", "RECEIVE, REJECT, RETURN_FOR_CORRECTION",
                                "完了", "申請済", "受付、却下、差戻し",
                                "Complete", "Submitted", "Receive, Reject, Return for correction"));
    }

    @Test
    void the_applicant_s_actions_are_not_department_steps() {
        for (Action action : List.of(Action.WITHDRAW, Action.RESUBMIT)) {
            assertThatThrownBy(() -> in(ApplicationStatus.RETURNED).process(action, STAFF, "代理", LATER))
                    .isInstanceOfSatisfying(InvalidTransition.class,
                            refused -> assertThat(refused.allowed()).isEmpty());
        }
        assertThatThrownBy(() -> in(ApplicationStatus.SUBMITTED).process(Action.WITHDRAW, STAFF, null, LATER))
                .isInstanceOfSatisfying(InvalidTransition.class, refused -> assertThat(refused.allowed())
                        .isEqualTo(DEPARTMENT_MAY.get(ApplicationStatus.SUBMITTED)));
    }

    @Test
    void a_rejection_and_a_return_for_correction_need_their_reason() {
        for (Action action : List.of(Action.REJECT, Action.RETURN_FOR_CORRECTION)) {
            for (String missing : new String[] { null, "", " \n\u3000" }) {
                assertThatThrownBy(() -> in(ApplicationStatus.UNDER_REVIEW).process(action, STAFF, missing, LATER))
                        .as("%s with %s", action, missing)
                        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).containsExactly(
                                Violation.of("comment", "comment-required", action.name(), action.label().ja(),
                                        action.label().en())));
            }
        }
        assertThat(Arrays.stream(Action.values()).filter(Action::needsComment))
                .containsExactly(Action.REJECT, Action.RETURN_FOR_CORRECTION);
    }

    @Test
    void other_steps_may_go_without_a_comment_and_a_comment_is_kept_trimmed() {
        Application received = in(ApplicationStatus.SUBMITTED).process(Action.RECEIVE, STAFF, "   ", LATER);
        Application returned = received.process(Action.RETURN_FOR_CORRECTION, STAFF, "  生年月日を確認してください。\n",
                LATER.plusSeconds(60));

        assertThat(received.lastChange().comment()).isNull();
        assertThat(returned.lastChange().comment()).isEqualTo("生年月日を確認してください。");
    }

    @Test
    void a_comment_holds_at_most_2000_characters_counted_as_characters() {
        String longest = "𠮷".repeat(2000);

        Application kept = in(ApplicationStatus.SUBMITTED).process(Action.REJECT, STAFF, longest, LATER);

        assertThat(kept.lastChange().comment()).isEqualTo(longest);
        assertThatThrownBy(() -> in(ApplicationStatus.SUBMITTED).process(Action.REJECT, STAFF, longest + "あ", LATER))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("comment", "too-long", 2000)));
        assertThatThrownBy(() -> in(ApplicationStatus.RETURNED).withdraw(HANAKO, "あ".repeat(2001), LATER))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void only_staff_of_the_owning_department_process_an_application() {
        Application submitted = in(ApplicationStatus.SUBMITTED);
        List<Actor> others = List.of(staffOf(ZEIMU, "staff-zeimu"), HANAKO, citizen("citizen-other"),
                new Actor("staff-nowhere", Optional.empty(), true, false),
                new Actor("not-staff", Optional.of(KOSODATE), false, false),
                new Actor("joho", Optional.empty(), false, true), Actor.anonymous());

        for (Actor other : others) {
            assertThatThrownBy(() -> submitted.process(Action.RECEIVE, other, null, LATER)).as(other.subject())
                    .isInstanceOfSatisfying(NotPermitted.class, e -> assertThat(e.kind().status()).isEqualTo(403));
        }
        assertThat(submitted.process(Action.RECEIVE, staffOf(KOSODATE, "staff-other"), null, LATER).status())
                .isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    void only_the_applicant_withdraws_or_resubmits_anybody_else_is_told_there_is_no_such_application() {
        Application returned = in(ApplicationStatus.RETURNED);
        Answers checked = FORM.check(allowanceAnswers());

        for (Actor other : List.of(citizen("citizen-other"), STAFF, Actor.anonymous())) {
            assertThatThrownBy(() -> returned.withdraw(other, null, LATER)).as(other.subject())
                    .isInstanceOf(ApplicationNotFound.class);
            assertThatThrownBy(() -> returned.resubmit(other, FORM, checked, null, LATER, Optional.empty()))
                    .as(other.subject()).isInstanceOf(ApplicationNotFound.class);
        }
    }

    @Test
    void an_anonymous_application_cannot_be_withdrawn_by_anyone() {
        Application anonymous = inStatus(FORM, Applicant.anonymous(LookupCode.random().digest()),
                ApplicationStatus.SUBMITTED, AT, Optional.empty());

        assertThatThrownBy(() -> anonymous.withdraw(Actor.anonymous(), null, LATER))
                .isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> anonymous.withdraw(citizen(""), null, LATER)).isInstanceOf(ApplicationNotFound.class);
    }

    @Test
    void a_submission_starts_the_history_with_who_submitted_when_and_version_1() {
        Application submitted = Application.submit(ApplicationId.random(),
                new ReceiptNumber(org.madoguchi.platform.calendar.FiscalYear.of(2026), 1), FORM,
                Applicant.citizen(APPLICANT), FORM.check(allowanceAnswers()), AT, Optional.of(DUE));
        Application anonymous = Application.submit(ApplicationId.random(),
                new ReceiptNumber(org.madoguchi.platform.calendar.FiscalYear.of(2026), 2), FORM,
                Applicant.anonymous(LookupCode.random().digest()), FORM.check(allowanceAnswers()), AT,
                Optional.empty());

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.version()).isEqualTo(1);
        assertThat(submitted.history()).containsExactly(
                new StatusChange(null, null, ApplicationStatus.SUBMITTED, APPLICANT, AT, null));
        assertThat(submitted.form()).isEqualTo(new AnsweredForm(FORM.id(), 1, KOSODATE, "児童手当認定請求",
                "Child allowance claim"));
        assertThat(submitted.submittedAt()).isEqualTo(AT);
        assertThat(submitted.dueDate()).contains(DUE);
        assertThat(anonymous.history()).containsExactly(
                new StatusChange(null, null, ApplicationStatus.SUBMITTED, null, AT, null));
    }

    @Test
    void every_step_records_who_when_what_they_wrote_and_raises_the_version_by_one() {
        Application submitted = in(ApplicationStatus.SUBMITTED);
        Actor other = staffOf(KOSODATE, "staff-reviewer");

        Application received = submitted.process(Action.RECEIVE, STAFF, "受け付けました", AT.plusSeconds(60));
        Application reviewing = received.process(Action.START_REVIEW, other, null, AT.plusSeconds(120));
        Application completed = reviewing.process(Action.COMPLETE, STAFF, "支給決定", AT.plusSeconds(180));

        assertThat(List.of(submitted.version(), received.version(), reviewing.version(), completed.version()))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(completed.history()).containsExactly(submitted.history().get(0),
                new StatusChange(Action.RECEIVE, ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED,
                        "staff-kosodate", AT.plusSeconds(60), "受け付けました"),
                new StatusChange(Action.START_REVIEW, ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW,
                        "staff-reviewer", AT.plusSeconds(120), null),
                new StatusChange(Action.COMPLETE, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.COMPLETED,
                        "staff-kosodate", AT.plusSeconds(180), "支給決定"));
        assertThat(completed.lastChange().at()).isEqualTo(AT.plusSeconds(180));
        assertThat(completed).usingRecursiveComparison().comparingOnlyFields("id", "receiptNumber", "form",
                "applicant", "answers", "submittedAt", "dueDate").isEqualTo(submitted);
    }

    @Test
    void a_resubmission_answers_the_current_form_version_and_starts_the_processing_period_again() {
        Application returned = in(ApplicationStatus.RETURNED);
        Form second = allowanceForm(FORM.id(), 2, KOSODATE);
        Answers corrected = second.check(allowanceAnswers());
        LocalDate newDue = LocalDate.of(2026, 5, 18);

        Application resubmitted = returned.resubmit(HANAKO, second, corrected, "生年月日を直しました", LATER,
                Optional.of(newDue));

        assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(resubmitted.form().version()).isEqualTo(2);
        assertThat(resubmitted.answers()).isEqualTo(corrected);
        assertThat(resubmitted.dueDate()).contains(newDue);
        assertThat(resubmitted.submittedAt()).isEqualTo(AT);
        assertThat(resubmitted.receiptNumber()).isEqualTo(returned.receiptNumber());
        assertThat(resubmitted.lastChange()).isEqualTo(new StatusChange(Action.RESUBMIT, ApplicationStatus.RETURNED,
                ApplicationStatus.SUBMITTED, APPLICANT, LATER, "生年月日を直しました"));
    }

    @Test
    void an_application_is_overdue_the_day_after_its_due_date_while_the_department_still_has_it() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            Application application = in(status);
            boolean withDepartment = status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.RECEIVED
                    || status == ApplicationStatus.UNDER_REVIEW;
            assertThat(application.isOverdue(DUE.minusDays(1))).as("%s before its due date", status).isFalse();
            assertThat(application.isOverdue(DUE)).as("%s on its due date", status).isFalse();
            assertThat(application.isOverdue(DUE.plusDays(1))).as("%s the day after", status).isEqualTo(withDepartment);
            assertThat(status.isWithDepartment()).isEqualTo(withDepartment);
        }
        Application undated = inStatus(FORM, Applicant.citizen(APPLICANT), ApplicationStatus.SUBMITTED, AT,
                Optional.empty());
        assertThat(undated.isOverdue(DUE.plusYears(1))).isFalse();
    }

    @Test
    void completed_rejected_and_withdrawn_are_final() {
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isFinal))
                .containsExactly(ApplicationStatus.COMPLETED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(status.isFinal()).as("%s", status)
                    .isEqualTo(DEPARTMENT_MAY.get(status).isEmpty() && APPLICANT_MAY.get(status).isEmpty());
        }
    }

    @Test
    void the_applicant_and_staff_of_the_department_may_read_it_anybody_else_is_told_it_does_not_exist() {
        Application application = in(ApplicationStatus.SUBMITTED);

        HANAKO.requireMayRead(application);
        STAFF.requireMayRead(application);
        for (Actor other : List.of(citizen("citizen-other"), staffOf(ZEIMU, "staff-zeimu"), Actor.anonymous(),
                new Actor("joho", Optional.empty(), true, true))) {
            assertThatThrownBy(() -> other.requireMayRead(application)).as(other.subject())
                    .isInstanceOfSatisfying(ApplicationNotFound.class,
                            e -> assertThat(e.kind()).isEqualTo(DomainFailure.Kind.NOT_FOUND));
        }
    }

    @Test
    void the_anonymous_status_lookup_reveals_the_status_and_when_it_last_changed_only() {
        Application received = in(ApplicationStatus.SUBMITTED).process(Action.RECEIVE, STAFF, "受付", LATER);

        assertThat(StatusLookup.of(received))
                .isEqualTo(new StatusLookup(received.receiptNumber(), ApplicationStatus.RECEIVED, LATER));
    }
}
