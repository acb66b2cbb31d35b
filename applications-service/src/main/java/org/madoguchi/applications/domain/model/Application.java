package org.madoguchi.applications.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * 申請: an application answering one version of a form, with its receipt number, where it stands in the
 * department's workflow and every step that brought it there.
 *
 * @param id            the application
 * @param receiptNumber 受付番号, given on submission
 * @param form          the form version it answers (after a resubmission: the version answered last)
 * @param applicant     who applied
 * @param answers       the answers as checked against that version
 * @param status        where it stands
 * @param submittedAt   when it was first submitted
 * @param dueDate       the due date of its standard processing period, if the form declares one
 * @param version       increases with every change; the ETag two members of staff act on
 * @param history       every step from the submission on, oldest first
 */
public record Application(ApplicationId id, ReceiptNumber receiptNumber, AnsweredForm form, Applicant applicant,
        Answers answers, ApplicationStatus status, Instant submittedAt, Optional<LocalDate> dueDate, long version,
        List<StatusChange> history) {

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        dueDate = dueDate == null ? Optional.empty() : dueDate;
        history = List.copyOf(history);
    }

    /** A new application, submitted: answers already checked against the form ({@link Form#check}). */
    public static Application submit(ApplicationId id, ReceiptNumber receiptNumber, Form form, Applicant applicant,
            Answers checked, Instant at, Optional<LocalDate> dueDate) {
        StatusChange submitted = new StatusChange(null, null, ApplicationStatus.SUBMITTED,
                applicant.subject().orElse(null), at, null);
        return new Application(id, receiptNumber, AnsweredForm.of(form), applicant, checked,
                ApplicationStatus.SUBMITTED, at, dueDate, 1, List.of(submitted));
    }

    /**
     * A step of the department's workflow (受付, 審査開始, 完了, 却下, 差戻し) by staff of the owning department.
     *
     * @throws NotPermitted       unless the actor works in the owning department
     * @throws InvalidTransition  when the action cannot start from the current status
     * @throws InvalidInput       when a rejection or return lacks its reason, or a comment is too long
     */
    public Application process(Action action, Actor actor, String comment, Instant at) {
        if (action.by() != Action.By.DEPARTMENT) {
            throw new InvalidTransition(action, status, Action.allowedFrom(status, Action.By.DEPARTMENT));
        }
        actor.requireStaffOf(form.department());
        return step(action, actor, comment, at, form, answers, dueDate);
    }

    /** 取下げ by the applicant, before the application is completed or rejected. */
    public Application withdraw(Actor actor, String comment, Instant at) {
        requireApplicant(actor);
        return step(Action.WITHDRAW, actor, comment, at, form, answers, dueDate);
    }

    /**
     * 再申請: the applicant sends corrected answers to a returned application, checked against the form version
     * the service holds now (which may be newer than the one first answered); it goes back to the department,
     * whose processing period starts again from the resubmission (the time spent correcting does not count).
     */
    public Application resubmit(Actor actor, Form current, Answers checked, String comment, Instant at,
            Optional<LocalDate> newDueDate) {
        requireApplicant(actor);
        return step(Action.RESUBMIT, actor, comment, at, AnsweredForm.of(current), checked, newDueDate);
    }

    /** Throws {@link InvalidTransition} unless the action can start from the current status. */
    public void requireAllowed(Action action) {
        if (!action.allowedFrom(status)) {
            throw new InvalidTransition(action, status, Action.allowedFrom(status, action.by()));
        }
    }

    /** The actions someone may take next: the department's or the applicant's. */
    public List<Action> nextActions(Action.By by) {
        return Action.allowedFrom(status, by);
    }

    /** Whether its due date has passed on {@code today} while the department still has it. */
    public boolean isOverdue(LocalDate today) {
        return status.isWithDepartment() && dueDate.map(today::isAfter).orElse(false);
    }

    /** The last step, e.g. the one just taken. */
    public StatusChange lastChange() {
        return history.get(history.size() - 1);
    }

    private void requireApplicant(Actor actor) {
        if (!applicant.is(actor.subject())) {
            throw new ApplicationNotFound();
        }
    }

    private Application step(Action action, Actor actor, String comment, Instant at, AnsweredForm answered,
            Answers newAnswers, Optional<LocalDate> due) {
        if (!action.allowedFrom(status)) {
            throw new InvalidTransition(action, status, Action.allowedFrom(status, action.by()));
        }
        String kept = checkComment(action, comment);
        List<StatusChange> steps = new ArrayList<>(history);
        steps.add(new StatusChange(action, status, action.target(), actor.subject(), at, kept));
        return new Application(id, receiptNumber, answered, applicant, newAnswers, action.target(), submittedAt,
                due, version + 1, steps);
    }

    private static String checkComment(Action action, String comment) {
        String kept = comment == null || comment.isBlank() ? null : comment.strip();
        if (kept == null && action.needsComment()) {
            throw InvalidInput.of("comment", "comment-required", action.name(), action.label().ja(), action.label().en());
        }
        if (kept != null && kept.codePointCount(0, kept.length()) > Action.LONGEST_COMMENT) {
            throw InvalidInput.of("comment", "too-long", Action.LONGEST_COMMENT);
        }
        return kept;
    }
}
