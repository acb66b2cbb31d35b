package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.DUE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.citizen;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.staffOf;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.survey;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.surveyAnswers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Applicant;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * What every {@link ApplicationEvents} does: each event published is what a reader then learns, once and in the
 * order published: which application, its receipt number, the form version and its department, who applied (by
 * account subject, nobody for an anonymous applicant), the due date, and for a change the statuses before and
 * after, who made it and when, with the comment as the reason only when the application is rejected or returned.
 * The fake records the domain events; the real adapter appends them to the outbox.
 */
public abstract class ApplicationEventsContract {

    private static final String HANAKO = "citizen-hanako";
    private static final Actor STAFF = staffOf(KOSODATE, "staff-kosodate");

    /**
     * What a reader learns of one event.
     *
     * @param event            the domain event's name, e.g. {@code ApplicationSubmitted}
     * @param applicationId    the application
     * @param receiptNumber    its receipt number as printed
     * @param fiscalYear       the fiscal year of the receipt number
     * @param formId           the form
     * @param formVersion      the version answered
     * @param departmentCode   the owning department
     * @param applicantSubject who applied; {@code null} for an anonymous applicant
     * @param dueDate          the due date, or {@code null}
     * @param from             the status before; {@code null} for a submission
     * @param to               the status after a change; {@code null} for a submission and a withdrawal, whose
     *                         event type says it
     * @param reason           why it was rejected or returned; {@code null} otherwise
     * @param by               who changed it; {@code null} for a submission and a withdrawal (the applicant)
     * @param at               when
     */
    public record Announcement(String event, UUID applicationId, String receiptNumber, int fiscalYear, UUID formId,
            int formVersion, String departmentCode, String applicantSubject, LocalDate dueDate, String from,
            String to, String reason, String by, Instant at) {
    }

    /** The port under test. */
    protected abstract ApplicationEvents events();

    /** What a reader learns of the events published since this test began, oldest first. */
    protected abstract List<Announcement> announced();

    /** Starts what keeps this test's events apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test published: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin() {
        beginTest();
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private static Application submitted(Form form, Applicant applicant, long sequence, Optional<LocalDate> due) {
        return Application.submit(ApplicationId.random(), new ReceiptNumber(FiscalYear.of(2026), sequence), form,
                applicant, form.check(applicant.isAnonymous() ? surveyAnswers() : allowanceAnswers()), AT, due);
    }

    @Test
    void nothing_is_learnt_before_anything_is_published_and_each_event_once_in_order_after() {
        Application application = submitted(allowanceForm(KOSODATE), Applicant.citizen(HANAKO), 1, Optional.of(DUE));
        Application received = application.process(Action.RECEIVE, STAFF, null, AT.plusSeconds(60));
        Application withdrawn = received.withdraw(citizen(HANAKO), null, AT.plusSeconds(120));
        assertThat(announced()).isEmpty();

        events().publish(new ApplicationEvent.ApplicationSubmitted(application));
        events().publish(new ApplicationEvent.ApplicationStatusChanged(received, received.lastChange()));
        events().publish(new ApplicationEvent.ApplicationWithdrawn(withdrawn, withdrawn.lastChange()));

        assertThat(announced()).extracting(Announcement::event, Announcement::applicationId).containsExactly(
                tuple("ApplicationSubmitted", application.id().value()),
                tuple("ApplicationStatusChanged", application.id().value()),
                tuple("ApplicationWithdrawn", application.id().value()));
    }

    @Test
    void a_submission_tells_the_application_its_receipt_number_form_department_applicant_due_date_and_when() {
        Form form = allowanceForm(KOSODATE);
        Application application = submitted(form, Applicant.citizen(HANAKO), 123, Optional.of(DUE));

        events().publish(new ApplicationEvent.ApplicationSubmitted(application));

        assertThat(announced()).containsExactly(new Announcement("ApplicationSubmitted", application.id().value(),
                "R8-000123", 2026, form.id().value(), 1, "kosodate-shien", HANAKO, DUE, null, null, null, null,
                AT));
    }

    @Test
    void an_anonymous_submission_names_no_applicant() {
        Form form = survey(KOSODATE);
        Application application = submitted(form, Applicant.anonymous(LookupCode.random().digest()), 7,
                Optional.empty());

        events().publish(new ApplicationEvent.ApplicationSubmitted(application));

        assertThat(announced()).containsExactly(new Announcement("ApplicationSubmitted", application.id().value(),
                "R8-000007", 2026, form.id().value(), 1, "kosodate-shien", null, null, null, null, null, null,
                AT));
    }

    @Test
    void a_status_change_tells_the_statuses_before_and_after_who_and_when_but_no_comment_as_reason() {
        Application received = submitted(allowanceForm(KOSODATE), Applicant.citizen(HANAKO), 2, Optional.of(DUE))
                .process(Action.RECEIVE, STAFF, "窓口で原本を確認しました", AT.plusSeconds(60));

        events().publish(new ApplicationEvent.ApplicationStatusChanged(received, received.lastChange()));

        assertThat(announced()).singleElement().satisfies(announcement -> {
            assertThat(announcement.from()).isEqualTo("SUBMITTED");
            assertThat(announcement.to()).isEqualTo("RECEIVED");
            assertThat(announcement.by()).isEqualTo("staff-kosodate");
            assertThat(announcement.at()).isEqualTo(AT.plusSeconds(60));
            assertThat(announcement.reason()).isNull();
            assertThat(announcement.applicantSubject()).isEqualTo(HANAKO);
            assertThat(announcement.receiptNumber()).isEqualTo("R8-000002");
        });
    }

    @Test
    void a_rejection_and_a_return_for_correction_carry_their_reason() {
        Application application = submitted(allowanceForm(KOSODATE), Applicant.citizen(HANAKO), 3, Optional.of(DUE));
        Application returned = application.process(Action.RETURN_FOR_CORRECTION, STAFF, "生年月日をご確認ください",
                AT.plusSeconds(60));
        Application resubmitted = returned.resubmit(citizen(HANAKO), allowanceForm(application.form().id(), 2,
                KOSODATE), application.answers(), "直しました", AT.plusSeconds(120), Optional.of(DUE.plusDays(1)));
        Application rejected = resubmitted.process(Action.REJECT, STAFF, "要件を満たしません", AT.plusSeconds(180));

        events().publish(new ApplicationEvent.ApplicationStatusChanged(returned, returned.lastChange()));
        events().publish(new ApplicationEvent.ApplicationStatusChanged(resubmitted, resubmitted.lastChange()));
        events().publish(new ApplicationEvent.ApplicationStatusChanged(rejected, rejected.lastChange()));

        assertThat(announced()).extracting(Announcement::from, Announcement::to, Announcement::reason,
                Announcement::by, Announcement::formVersion, Announcement::dueDate).containsExactly(
                        tuple("SUBMITTED", "RETURNED", "生年月日をご確認ください", "staff-kosodate", 1, DUE),
                        tuple("RETURNED", "SUBMITTED", null, HANAKO, 2, DUE.plusDays(1)),
                        tuple("SUBMITTED", "REJECTED", "要件を満たしません", "staff-kosodate", 2, DUE.plusDays(1)));
    }

    @Test
    void a_withdrawal_tells_the_status_it_was_withdrawn_from_and_when() {
        Application withdrawn = submitted(allowanceForm(KOSODATE), Applicant.citizen(HANAKO), 4, Optional.of(DUE))
                .process(Action.RECEIVE, STAFF, null, AT.plusSeconds(60))
                .withdraw(citizen(HANAKO), "別の窓口で手続きしました", AT.plusSeconds(120));

        events().publish(new ApplicationEvent.ApplicationWithdrawn(withdrawn, withdrawn.lastChange()));

        assertThat(announced()).singleElement().satisfies(announcement -> {
            assertThat(announcement.event()).isEqualTo("ApplicationWithdrawn");
            assertThat(announcement.from()).isEqualTo("RECEIVED");
            assertThat(announcement.at()).isEqualTo(AT.plusSeconds(120));
            assertThat(announcement.to()).isNull();
            assertThat(announcement.by()).isNull();
            assertThat(announcement.reason()).isNull();
            assertThat(announcement.applicantSubject()).isEqualTo(HANAKO);
        });
    }
}
