package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.DUE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.answers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.everyFieldForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.staffOf;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.submitted;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.survey;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.surveyAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.uniqueDepartment;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.uniqueSubject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.Applicant;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.InboxFilter;
import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.ResultPage;

/**
 * What every {@link Applications} store does: an application is read back as added, by id and by receipt number,
 * answers, applicant and history included; a change adds its steps; the department's inbox holds only its own
 * applications, narrowed by form, status, the days of the city they were submitted on, receipt number and due date,
 * due first (those without a due date last) then oldest, in pages that tell the total; a citizen's own are listed
 * newest first. The store may hold other tests' applications: each test works in a department and with citizens of
 * its own.
 */
public abstract class ApplicationsContract {

    /** Today in the examples: Thursday 7 May 2026, the first business day after Golden Week. */
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 7);
    /** Three business days after {@link #TODAY}. */
    private static final LocalDate SOON_UNTIL = LocalDate.of(2026, 5, 12);

    private DepartmentCode department;
    private Actor staff;
    private String citizen;
    private Form form;

    /** The store under test. */
    protected abstract Applications applications();

    /** Makes the form version known where applications must answer a known version. */
    protected abstract void formExists(Form version);

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin_in_a_department_of_its_own_with_its_form() {
        beginTest();
        department = uniqueDepartment();
        staff = staffOf(department, uniqueSubject("staff"));
        citizen = uniqueSubject("citizen");
        form = allowanceForm(department);
        formExists(form);
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private Application added(Form of, String subject, Instant at, Optional<LocalDate> due) {
        Application application = submitted(of, Applicant.citizen(subject), of.check(answersFor(of)), at, due);
        applications().add(application);
        return application;
    }

    private Application added(Instant at, Optional<LocalDate> due) {
        return added(form, citizen, at, due);
    }

    private static Answers answersFor(Form form) {
        return form.acceptsAnonymous() ? surveyAnswers() : allowanceAnswers();
    }

    private Application moved(Application application, Action... actions) {
        Application current = applications().lock(application.id()).orElseThrow();
        for (Action action : actions) {
            current = current.process(action, staff, action.needsComment() ? "理由" : null,
                    current.lastChange().at().plusSeconds(60));
        }
        applications().update(current);
        return current;
    }

    private ResultPage<Application> inbox(InboxFilter filter) {
        return applications().inbox(department, filter, TODAY, SOON_UNTIL, 0, 50);
    }

    private static InboxFilter filter(Set<ApplicationStatus> statuses, Optional<InboxFilter.Due> due) {
        return new InboxFilter(null, statuses, null, null, null, due);
    }

    @Test
    void an_application_added_is_found_the_same_by_id_and_by_receipt_number() {
        Application application = added(AT, Optional.of(DUE));

        assertThat(applications().find(application.id())).contains(application);
        assertThat(applications().findByReceiptNumber(application.receiptNumber())).contains(application);
        assertThat(applications().lock(application.id())).contains(application);
    }

    @Test
    void answers_of_every_shape_are_read_back_exactly_decimals_included() {
        Form everyField = everyFieldForm(department);
        formExists(everyField);
        Answers kept = everyField.check(answers("name", new Answer.Text("鳥取 花子"),
                "note", new Answer.Text("一行目\n二行目「引用」\"quoted\" \\ 𠮷"),
                "count", new Answer.Number("123456789012345.123456"), "day", new Answer.Text("2026-05-16"),
                "site", new Answer.Text("駅南庁舎"), "meals", new Answer.Many(List.of("夕食", "昼食")),
                "consent", new Answer.Flag(true), "files", new Answer.Many(List.of("3f0c2a9e", "77aa01bc")),
                "myNumber", new Answer.Text("123456789018")));
        Answers withTrailingZero = everyField.check(answers("name", new Answer.Text("鳥取 太郎"),
                "count", new Answer.Number("2.50"), "day", new Answer.Text("2026-05-17"),
                "site", new Answer.Text("本庁舎"), "consent", new Answer.Flag(true)));
        Application first = submitted(everyField, Applicant.citizen(citizen), kept, AT, Optional.empty());
        Application second = submitted(everyField, Applicant.citizen(citizen), withTrailingZero, AT, Optional.empty());

        applications().add(first);
        applications().add(second);

        assertThat(applications().find(first.id())).map(Application::answers).contains(kept);
        assertThat(applications().find(second.id())).map(Application::answers).contains(withTrailingZero);
    }

    @Test
    void an_anonymous_application_keeps_the_digest_of_its_lookup_code_which_matches_the_code_only() {
        Form anyone = survey(department);
        formExists(anyone);
        LookupCode code = LookupCode.random();
        Application application = submitted(anyone, Applicant.anonymous(code.digest()), anyone.check(surveyAnswers()),
                AT, Optional.empty());

        applications().add(application);

        Application read = applications().findByReceiptNumber(application.receiptNumber()).orElseThrow();
        assertThat(read).isEqualTo(application);
        assertThat(read.applicant().subject()).isEmpty();
        assertThat(read.applicant().lookupCodeDigest()).hasValueSatisfying(digest -> {
            assertThat(digest.matches(code)).isTrue();
            assertThat(digest.matches(LookupCode.random())).isFalse();
        });
        assertThat(read.history().get(0).by()).isNull();
    }

    @Test
    void lookups_of_what_is_not_stored_are_empty() {
        added(AT, Optional.empty());

        assertThat(applications().find(ApplicationId.random())).isEmpty();
        assertThat(applications().lock(ApplicationId.random())).isEmpty();
        assertThat(applications().findByReceiptNumber(ApplicationExamples.unusedReceiptNumber())).isEmpty();
    }

    @Test
    void a_change_is_read_back_with_its_new_status_version_and_every_step_who_when_and_comment() {
        Application application = added(AT, Optional.of(DUE));

        Application received = moved(application, Action.RECEIVE);
        Application returned = moved(received, Action.START_REVIEW, Action.RETURN_FOR_CORRECTION);

        Application read = applications().find(application.id()).orElseThrow();
        assertThat(read).isEqualTo(returned);
        assertThat(read.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(read.version()).isEqualTo(4);
        assertThat(read.history()).extracting(step -> step.action()).containsExactly(null, Action.RECEIVE,
                Action.START_REVIEW, Action.RETURN_FOR_CORRECTION);
        assertThat(read.lastChange().by()).isEqualTo(staff.subject());
        assertThat(read.lastChange().comment()).isEqualTo("理由");
        assertThat(applications().findByReceiptNumber(application.receiptNumber())).contains(returned);
    }

    @Test
    void a_resubmission_is_read_back_with_the_form_version_answers_and_due_date_it_was_corrected_against() {
        Application returned = moved(added(AT, Optional.of(DUE)), Action.RETURN_FOR_CORRECTION);
        Form second = allowanceForm(form.id(), 2, department);
        formExists(second);
        Answers corrected = second.check(answers("name", new Answer.Text("鳥取 花子"),
                "birthDate", new Answer.Text("2018-06-02"), "receiveBy", new Answer.Text("窓口"),
                "consent", new Answer.Flag(true)));
        Actor applicant = ApplicationExamples.citizen(citizen);

        Application resubmitted = returned.resubmit(applicant, second, corrected, "修正しました", AT.plusSeconds(7200),
                Optional.of(LocalDate.of(2026, 5, 18)));
        applications().update(resubmitted);

        Application read = applications().find(returned.id()).orElseThrow();
        assertThat(read).isEqualTo(resubmitted);
        assertThat(read.form().version()).isEqualTo(2);
        assertThat(read.answers()).isEqualTo(corrected);
        assertThat(read.dueDate()).contains(LocalDate.of(2026, 5, 18));
        assertThat(read.submittedAt()).isEqualTo(AT);
    }

    @Test
    void updating_an_application_never_added_is_refused() {
        Application never = submitted(form, Applicant.citizen(citizen), form.check(allowanceAnswers()), AT,
                Optional.empty());

        assertThatThrownBy(() -> applications().update(never)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_inbox_holds_only_the_department_s_applications_due_first_those_without_due_date_last_then_oldest() {
        Application undatedOld = added(AT, Optional.empty());
        Application dueLate = added(AT.plusSeconds(10), Optional.of(LocalDate.of(2026, 5, 20)));
        Application dueEarlyNew = added(AT.plusSeconds(30), Optional.of(LocalDate.of(2026, 5, 11)));
        Application dueEarlyOld = added(AT.plusSeconds(20), Optional.of(LocalDate.of(2026, 5, 11)));
        Application undatedNew = added(AT.plusSeconds(40), Optional.empty());
        DepartmentCode other = uniqueDepartment();
        Form otherForm = allowanceForm(other);
        formExists(otherForm);
        added(otherForm, citizen, AT, Optional.of(LocalDate.of(2026, 5, 8)));

        ResultPage<Application> inbox = inbox(InboxFilter.everything());

        assertThat(inbox.items()).extracting(Application::id).containsExactly(dueEarlyOld.id(), dueEarlyNew.id(),
                dueLate.id(), undatedOld.id(), undatedNew.id());
        assertThat(inbox.total()).isEqualTo(5);
        assertThat(inbox.items().get(0)).isEqualTo(dueEarlyOld);
    }

    @Test
    void the_inbox_is_narrowed_by_form_and_by_statuses() {
        Form second = allowanceForm(department);
        formExists(second);
        Application submitted = added(AT, Optional.empty());
        Application received = moved(added(AT.plusSeconds(10), Optional.empty()), Action.RECEIVE);
        Application completed = moved(added(second, citizen, AT.plusSeconds(20), Optional.empty()), Action.RECEIVE,
                Action.START_REVIEW, Action.COMPLETE);

        assertThat(inbox(new InboxFilter(Optional.of(form.id()), null, null, null, null, null)).items())
                .extracting(Application::id).containsExactly(submitted.id(), received.id());
        assertThat(inbox(new InboxFilter(Optional.of(second.id()), null, null, null, null, null)).items())
                .extracting(Application::id).containsExactly(completed.id());
        assertThat(inbox(filter(Set.of(ApplicationStatus.RECEIVED, ApplicationStatus.COMPLETED), Optional.empty()))
                .items()).extracting(Application::id).containsExactly(received.id(), completed.id());
        assertThat(inbox(new InboxFilter(Optional.of(form.id()), Set.of(ApplicationStatus.COMPLETED), null, null, null,
                null)).items()).isEmpty();
        assertThat(inbox(new InboxFilter(Optional.of(new FormId(java.util.UUID.randomUUID())), null, null, null, null,
                null)).total()).isZero();
    }

    @Test
    void the_inbox_date_range_counts_the_days_of_the_city_in_asia_tokyo() {
        Application lastOfApril = added(Instant.parse("2026-04-30T14:59:59Z"), Optional.empty());
        Application firstOfMay = added(Instant.parse("2026-04-30T15:00:00Z"), Optional.empty());
        Application endOfMay1 = added(Instant.parse("2026-05-01T14:59:59Z"), Optional.empty());
        Application may2 = added(Instant.parse("2026-05-01T15:00:00Z"), Optional.empty());
        LocalDate april30 = LocalDate.of(2026, 4, 30);
        LocalDate may1 = LocalDate.of(2026, 5, 1);

        assertThat(inbox(new InboxFilter(null, null, Optional.of(may1), Optional.of(may1), null, null)).items())
                .extracting(Application::id).containsExactly(firstOfMay.id(), endOfMay1.id());
        assertThat(inbox(new InboxFilter(null, null, null, Optional.of(april30), null, null)).items())
                .extracting(Application::id).containsExactly(lastOfApril.id());
        assertThat(inbox(new InboxFilter(null, null, Optional.of(may1.plusDays(1)), null, null, null)).items())
                .extracting(Application::id).containsExactly(may2.id());
        assertThat(inbox(new InboxFilter(null, null, Optional.of(april30), Optional.of(may1), null, null)).total())
                .isEqualTo(3);
    }

    @Test
    void the_inbox_finds_one_application_by_its_receipt_number() {
        added(AT, Optional.empty());
        Application wanted = added(AT.plusSeconds(10), Optional.empty());

        assertThat(inbox(new InboxFilter(null, null, null, null, Optional.of(wanted.receiptNumber()), null)).items())
                .containsExactly(wanted);
        assertThat(inbox(new InboxFilter(null, null, null, null,
                Optional.of(ApplicationExamples.unusedReceiptNumber()), null)).items()).isEmpty();
    }

    @Test
    void overdue_and_due_soon_hold_only_what_the_department_still_has_by_its_due_date() {
        Application overdue = added(AT, Optional.of(TODAY.minusDays(1)));
        Application dueToday = added(AT.plusSeconds(10), Optional.of(TODAY));
        Application dueLastSoonDay = added(AT.plusSeconds(20), Optional.of(SOON_UNTIL));
        added(AT.plusSeconds(30), Optional.of(SOON_UNTIL.plusDays(1)));
        added(AT.plusSeconds(40), Optional.empty());
        Application overdueReceived = moved(added(AT.plusSeconds(50), Optional.of(TODAY.minusDays(3))),
                Action.RECEIVE);
        moved(added(AT.plusSeconds(60), Optional.of(TODAY.minusDays(2))), Action.RECEIVE, Action.START_REVIEW,
                Action.COMPLETE);
        moved(added(AT.plusSeconds(70), Optional.of(TODAY.minusDays(2))), Action.RETURN_FOR_CORRECTION);
        moved(added(AT.plusSeconds(80), Optional.of(TODAY)), Action.REJECT);

        assertThat(inbox(filter(null, Optional.of(InboxFilter.Due.OVERDUE))).items()).extracting(Application::id)
                .containsExactly(overdueReceived.id(), overdue.id());
        assertThat(inbox(filter(null, Optional.of(InboxFilter.Due.SOON))).items()).extracting(Application::id)
                .containsExactly(dueToday.id(), dueLastSoonDay.id());
        assertThat(inbox(filter(Set.of(ApplicationStatus.SUBMITTED), Optional.of(InboxFilter.Due.OVERDUE))).items())
                .extracting(Application::id).containsExactly(overdue.id());
        assertThat(inbox(InboxFilter.everything()).total()).isEqualTo(9);
    }

    @Test
    void the_inbox_comes_in_pages_that_tell_the_total() {
        List<Application> five = List.of(added(AT, Optional.empty()), added(AT.plusSeconds(1), Optional.empty()),
                added(AT.plusSeconds(2), Optional.empty()), added(AT.plusSeconds(3), Optional.empty()),
                added(AT.plusSeconds(4), Optional.empty()));

        ResultPage<Application> first = applications().inbox(department, InboxFilter.everything(), TODAY, SOON_UNTIL,
                0, 2);
        ResultPage<Application> last = applications().inbox(department, InboxFilter.everything(), TODAY, SOON_UNTIL,
                2, 2);
        ResultPage<Application> beyond = applications().inbox(department, InboxFilter.everything(), TODAY, SOON_UNTIL,
                3, 2);

        assertThat(first.items()).extracting(Application::id).containsExactly(five.get(0).id(), five.get(1).id());
        assertThat(last.items()).extracting(Application::id).containsExactly(five.get(4).id());
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), last.total(), beyond.total())).containsOnly(5L);
        assertThat(List.of(first.page(), first.size(), last.page(), beyond.page())).containsExactly(0, 2, 2, 3);
    }

    @Test
    void a_citizen_s_own_applications_are_listed_newest_first_in_pages_and_nobody_else_s() {
        Application oldest = added(AT, Optional.empty());
        Application middle = added(AT.plusSeconds(3600), Optional.empty());
        Application newest = added(AT.plusSeconds(7200), Optional.empty());
        added(form, uniqueSubject("citizen-other"), AT.plusSeconds(10_000), Optional.empty());
        Form anyone = survey(department);
        formExists(anyone);
        applications().add(submitted(anyone, Applicant.anonymous(LookupCode.random().digest()),
                anyone.check(surveyAnswers()), AT.plusSeconds(20_000), Optional.empty()));

        ResultPage<Application> first = applications().ofApplicant(citizen, 0, 2);
        ResultPage<Application> second = applications().ofApplicant(citizen, 1, 2);

        assertThat(first.items()).extracting(Application::id).containsExactly(newest.id(), middle.id());
        assertThat(second.items()).containsExactly(oldest);
        assertThat(List.of(first.total(), second.total())).containsOnly(3L);
        assertThat(applications().ofApplicant(uniqueSubject("citizen-nobody"), 0, 10).total()).isZero();
    }
}
