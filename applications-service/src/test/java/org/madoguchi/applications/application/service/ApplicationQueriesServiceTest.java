package org.madoguchi.applications.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.ZEIMU;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.citizen;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.staffOf;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.survey;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.surveyAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.unusedReceiptNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.in.InboxQuery;
import org.madoguchi.applications.application.port.in.ProcessApplicationCommand;
import org.madoguchi.applications.application.port.in.SubmitApplicationCommand;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.ApplicationNotFound;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.InboxFilter;
import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.NotPermitted;
import org.madoguchi.applications.domain.model.Receipt;
import org.madoguchi.applications.domain.model.ResultPage;
import org.madoguchi.applications.domain.model.StatusLookup;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * What people read: staff their own department's inbox, by due date against today in the city; applicants their own
 * applications, newest first; an anonymous applicant the status alone, with the receipt number and the lookup code.
 */
class ApplicationQueriesServiceTest {

    private static final Actor HANAKO = citizen("citizen-hanako");
    private static final Actor STAFF = staffOf(KOSODATE, "staff-kosodate");

    private final UseCases useCases = new UseCases();
    private final Form form = allowanceForm(KOSODATE);
    private final Form taxForm = allowanceForm(ZEIMU);
    private final Form survey = survey(KOSODATE);

    ApplicationQueriesServiceTest() {
        for (Form published : List.of(form, taxForm, survey)) {
            useCases.catalogue.publish(published, AT.minusSeconds(86_400));
        }
    }

    private Receipt submit(Actor actor, Form to, Answers answers) {
        return useCases.submit.submit(new SubmitApplicationCommand(actor, to.id(), answers, Optional.empty(), null));
    }

    private Application submitAt(Instant at, Actor actor, Form to) {
        useCases.clock.set(at);
        return submit(actor, to, to == survey ? surveyAnswers() : allowanceAnswers()).application();
    }

    private ResultPage<Application> inbox(Actor staff, InboxFilter filter) {
        return useCases.queries.inbox(new InboxQuery(staff, filter, 0, 50));
    }

    @Test
    void the_applicant_and_staff_of_the_department_read_an_application_and_anybody_else_is_told_it_does_not_exist() {
        Application application = submitAt(AT, HANAKO, form);

        assertThat(useCases.queries.application(HANAKO, application.id())).isEqualTo(application);
        assertThat(useCases.queries.application(STAFF, application.id())).isEqualTo(application);
        for (Actor other : List.of(citizen("citizen-taro"), staffOf(ZEIMU, "staff-zeimu"), Actor.anonymous())) {
            assertThatThrownBy(() -> useCases.queries.application(other, application.id())).as(other.subject())
                    .isInstanceOf(ApplicationNotFound.class);
        }
        assertThatThrownBy(() -> useCases.queries.application(HANAKO, ApplicationId.random()))
                .isInstanceOf(ApplicationNotFound.class);
    }

    @Test
    void the_inbox_is_for_department_staff_only() {
        for (Actor notStaff : List.of(HANAKO, Actor.anonymous(), new Actor("staff-nowhere", Optional.empty(), true,
                false), new Actor("joho", Optional.empty(), false, true))) {
            assertThatThrownBy(() -> inbox(notStaff, InboxFilter.everything())).as(notStaff.subject())
                    .isInstanceOf(NotPermitted.class);
        }
    }

    @Test
    void staff_see_only_their_own_department_s_applications_due_first() {
        Application early = submitAt(AT, HANAKO, form);
        Application tax = submitAt(AT.plusSeconds(60), HANAKO, taxForm);
        Application anonymous = submitAt(AT.plusSeconds(120), Actor.anonymous(), survey);
        Application later = submitAt(Instant.parse("2026-05-01T01:00:00Z"), citizen("citizen-taro"), form);

        assertThat(inbox(STAFF, InboxFilter.everything()).items()).extracting(Application::id)
                .containsExactly(early.id(), later.id(), anonymous.id());
        assertThat(inbox(staffOf(ZEIMU, "staff-zeimu"), InboxFilter.everything()).items()).extracting(Application::id)
                .containsExactly(tax.id());
    }

    @Test
    void overdue_means_past_its_due_date_today_in_the_city_and_due_soon_within_three_business_days() {
        Application dueMay11 = submitAt(AT, HANAKO, form);
        Application dueMay15 = submitAt(Instant.parse("2026-05-08T01:00:00Z"), HANAKO, form);
        // Tuesday 12 May, 08:30 in Tokyo but still 11 May in UTC
        useCases.clock.set(Instant.parse("2026-05-11T23:30:00Z"));

        assertThat(inbox(STAFF, new InboxFilter(null, null, null, null, null, Optional.of(InboxFilter.Due.OVERDUE)))
                .items()).extracting(Application::id).containsExactly(dueMay11.id());
        assertThat(inbox(STAFF, new InboxFilter(null, null, null, null, null, Optional.of(InboxFilter.Due.SOON)))
                .items()).extracting(Application::id).containsExactly(dueMay15.id());
        assertThat(useCases.queries.isOverdue(dueMay11)).isTrue();
        assertThat(useCases.queries.isOverdue(dueMay15)).isFalse();

        useCases.process.process(new ProcessApplicationCommand(STAFF, dueMay11.id(), Action.RECEIVE, null, 1));
        useCases.process.process(new ProcessApplicationCommand(STAFF, dueMay11.id(), Action.START_REVIEW, null, 2));
        useCases.process.process(new ProcessApplicationCommand(STAFF, dueMay11.id(), Action.COMPLETE, null, 3));
        assertThat(inbox(STAFF, new InboxFilter(null, null, null, null, null, Optional.of(InboxFilter.Due.OVERDUE)))
                .items()).as("completed is no longer overdue").isEmpty();
    }

    @Test
    void due_soon_reaches_three_business_days_ahead_of_today() {
        Application dueMay15 = submitAt(Instant.parse("2026-05-08T01:00:00Z"), HANAKO, form);
        // Mon 11 May: three business days on is Thu 14 May, so 15 May is not yet due soon
        useCases.clock.set(Instant.parse("2026-05-11T01:00:00Z"));
        assertThat(inbox(STAFF, new InboxFilter(null, null, null, null, null, Optional.of(InboxFilter.Due.SOON)))
                .items()).isEmpty();
        // Tue 12 May: three business days on is Fri 15 May
        useCases.clock.advance(Duration.ofDays(1));
        assertThat(inbox(STAFF, new InboxFilter(null, null, null, null, null, Optional.of(InboxFilter.Due.SOON)))
                .items()).extracting(Application::id).containsExactly(dueMay15.id());
    }

    @Test
    void an_inbox_page_holds_one_to_200_items() {
        for (int size : new int[] { 0, 201 }) {
            assertThatThrownBy(() -> new InboxQuery(STAFF, InboxFilter.everything(), 0, size)).as("size %d", size)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                            .extracting(v -> v.field() + " " + v.code()).containsExactly("size out-of-range"));
        }
        assertThatThrownBy(() -> new InboxQuery(STAFF, InboxFilter.everything(), -1, 20))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_citizen_sees_their_own_applications_newest_first() {
        Application first = submitAt(AT, HANAKO, form);
        submitAt(AT.plusSeconds(30), citizen("citizen-taro"), form);
        Application second = submitAt(AT.plusSeconds(60), HANAKO, taxForm);
        Application third = submitAt(AT.plusSeconds(90), HANAKO, survey);

        ResultPage<Application> mine = useCases.queries.mine(HANAKO, 0, 20);

        assertThat(mine.items()).extracting(Application::id).containsExactly(third.id(), second.id(), first.id());
        assertThat(mine.total()).isEqualTo(3);
        assertThat(useCases.queries.mine(HANAKO, -3, 0).items()).as("page and size brought into range")
                .extracting(Application::id).containsExactly(third.id());
        assertThat(useCases.queries.mine(HANAKO, 0, 5_000).size()).isEqualTo(200);
    }

    @Test
    void an_anonymous_visitor_has_no_applications_of_their_own_to_list() {
        submitAt(AT, Actor.anonymous(), survey);

        assertThatThrownBy(() -> useCases.queries.mine(Actor.anonymous(), 0, 20)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void the_lookup_with_the_receipt_number_and_the_right_code_reveals_the_status_and_since_when() {
        Receipt receipt = submit(Actor.anonymous(), survey, surveyAnswers());
        Application application = receipt.application();
        Instant receivedAt = AT.plusSeconds(3600);
        useCases.clock.set(receivedAt);
        useCases.process.process(new ProcessApplicationCommand(STAFF, application.id(), Action.RECEIVE, null, 1));
        LookupCode typed = LookupCode.typed(receipt.lookupCode().orElseThrow().printed().toLowerCase());

        StatusLookup lookup = useCases.queries.lookup(application.receiptNumber(), typed);

        assertThat(lookup).isEqualTo(new StatusLookup(application.receiptNumber(), ApplicationStatus.RECEIVED,
                receivedAt));
    }

    @Test
    void a_wrong_code_a_wrong_number_or_a_citizen_s_application_all_look_the_same_not_found() {
        Receipt anonymous = submit(Actor.anonymous(), survey, surveyAnswers());
        Receipt citizens = submit(HANAKO, form, allowanceAnswers());
        LookupCode code = anonymous.lookupCode().orElseThrow();

        assertThatThrownBy(() -> useCases.queries.lookup(anonymous.application().receiptNumber(), LookupCode.random()))
                .isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> useCases.queries.lookup(citizens.application().receiptNumber(), code))
                .isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> useCases.queries.lookup(unusedReceiptNumber(), code))
                .isInstanceOf(ApplicationNotFound.class);
    }
}
