package org.madoguchi.applications.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.DUE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.TODAY;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.answers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.citizen;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.survey;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.surveyAnswers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.in.SubmitApplicationCommand;
import org.madoguchi.applications.application.port.out.IdempotencyKeys;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.AnswersRejected;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormNotAccepting;
import org.madoguchi.applications.domain.model.FormNotFound;
import org.madoguchi.applications.domain.model.InboxFilter;
import org.madoguchi.applications.domain.model.IdempotencyKeyInFlight;
import org.madoguchi.applications.domain.model.IdempotencyKeyReused;
import org.madoguchi.applications.domain.model.Receipt;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.applications.domain.model.SignInRequired;
import org.madoguchi.applications.domain.model.StatusChange;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * 申請: answers checked against the local catalogue's form, a receipt number of the city's fiscal year, a due date
 * from the business calendar, a lookup code for an anonymous applicant, one event; with an Idempotency-Key a retry
 * gets the first answer, another body with the key is refused, a retry while the first runs is told to wait, and a
 * failed submission gives its key back.
 */
class SubmitApplicationServiceTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final Actor HANAKO = citizen("citizen-hanako");
    private static final byte[] BODY = "{\"formId\":1,\"answers\":{}}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_BODY = "{\"formId\":2,\"answers\":{}}".getBytes(StandardCharsets.UTF_8);

    private final UseCases useCases = new UseCases();
    private final Form form = allowanceForm(KOSODATE);
    private final Form survey = survey(KOSODATE);

    SubmitApplicationServiceTest() {
        useCases.catalogue.publish(form, AT.minusSeconds(86_400));
        useCases.catalogue.publish(survey, AT.minusSeconds(86_400));
    }

    private Receipt submit(Actor actor, Form to, Answers answers) {
        return useCases.submit.submit(new SubmitApplicationCommand(actor, to.id(), answers, Optional.empty(), null));
    }

    private Receipt submitWithKey(Actor actor, Form to, Answers answers, String key, byte[] body) {
        return useCases.submit.submit(new SubmitApplicationCommand(actor, to.id(), answers, Optional.of(key), body));
    }

    @Test
    void a_citizen_s_submission_is_stored_with_the_first_receipt_number_of_the_fiscal_year_and_its_due_date() {
        Receipt receipt = submit(HANAKO, form, allowanceAnswers());

        Application application = receipt.application();
        assertThat(application.receiptNumber()).isEqualTo(new ReceiptNumber(FY2026, 1));
        assertThat(application.receiptNumber()).hasToString("R8-000001");
        assertThat(application.dueDate()).as("5 business days from Tue 28 April 2026 over Golden Week").contains(DUE);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.version()).isEqualTo(1);
        assertThat(application.submittedAt()).isEqualTo(AT);
        assertThat(application.form().id()).isEqualTo(form.id());
        assertThat(application.form().version()).isEqualTo(1);
        assertThat(application.applicant().subject()).contains("citizen-hanako");
        assertThat(application.history()).containsExactly(
                new StatusChange(null, null, ApplicationStatus.SUBMITTED, "citizen-hanako", AT, null));
        assertThat(application.answers()).isEqualTo(form.check(allowanceAnswers()));
        assertThat(application.answers().values().get("postalCode")).isEqualTo(new Answer.Text("680-8571"));
        assertThat(receipt.lookupCode()).isEmpty();
        assertThat(receipt.replayed()).isFalse();
        assertThat(useCases.applications.find(application.id())).contains(application);
    }

    @Test
    void the_submission_is_announced_once_as_submitted() {
        Receipt receipt = submit(HANAKO, form, allowanceAnswers());

        assertThat(useCases.events.published())
                .containsExactly(new ApplicationEvent.ApplicationSubmitted(receipt.application()));
    }

    @Test
    void submissions_of_the_year_get_increasing_receipt_numbers() {
        List<ReceiptNumber> numbers = List.of(submit(HANAKO, form, allowanceAnswers()),
                submit(citizen("citizen-taro"), form, allowanceAnswers()), submit(HANAKO, form, allowanceAnswers()))
                .stream().map(r -> r.application().receiptNumber()).toList();

        assertThat(numbers).extracting(ReceiptNumber::toString).containsExactly("R8-000001", "R8-000002", "R8-000003");
    }

    @Test
    void an_anonymous_visitor_gets_a_lookup_code_of_which_only_the_digest_is_kept() {
        Receipt receipt = submit(Actor.anonymous(), survey, surveyAnswers());

        Application application = receipt.application();
        assertThat(receipt.lookupCode()).hasValueSatisfying(code -> {
            assertThat(code.value()).hasSize(12);
            assertThat(application.applicant().lookupCodeDigest()).hasValueSatisfying(
                    digest -> assertThat(digest.matches(code)).isTrue());
        });
        assertThat(application.applicant().isAnonymous()).isTrue();
        assertThat(application.history().get(0).by()).isNull();
        assertThat(application.dueDate()).as("the survey declares no processing period").isEmpty();
        assertThat(useCases.queries.lookup(application.receiptNumber(), receipt.lookupCode().orElseThrow()).status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void a_signed_in_citizen_answering_an_open_survey_is_no_anonymous_applicant() {
        Receipt receipt = submit(HANAKO, survey, surveyAnswers());

        assertThat(receipt.lookupCode()).isEmpty();
        assertThat(receipt.application().applicant().subject()).contains("citizen-hanako");
    }

    @Test
    void an_anonymous_visitor_answering_a_form_for_signed_in_citizens_is_told_to_sign_in_and_nothing_is_taken() {
        assertThatThrownBy(() -> submit(Actor.anonymous(), form, allowanceAnswers()))
                .isInstanceOf(SignInRequired.class);

        assertNothingStored();
    }

    @Test
    void a_form_the_catalogue_does_not_know_is_not_found() {
        FormId unknown = new FormId(UUID.randomUUID());

        assertThatThrownBy(() -> useCases.submit.submit(new SubmitApplicationCommand(HANAKO, unknown,
                allowanceAnswers(), Optional.empty(), null))).isInstanceOfSatisfying(FormNotFound.class,
                        e -> assertThat(e.arguments()).containsExactly(unknown.toString()));
        assertNothingStored();
    }

    @Test
    void a_closed_form_or_one_not_yet_open_takes_no_answers() {
        useCases.catalogue.close(form.id(), AT.minusSeconds(60));
        Form later = new Form(new FormId(UUID.randomUUID()), 1, form.kind(), KOSODATE, "来月からの様式", null,
                form.fields(), false, AT.plus(Duration.ofDays(30)), null, OptionalInt.empty(), Optional.empty(),
                false);
        useCases.catalogue.publish(later, AT.minusSeconds(60));

        assertThatThrownBy(() -> submit(HANAKO, form, allowanceAnswers()))
                .isInstanceOfSatisfying(FormNotAccepting.class, e -> assertThat(e.code()).isEqualTo("form-closed"));
        assertThatThrownBy(() -> submit(HANAKO, later, allowanceAnswers()))
                .isInstanceOfSatisfying(FormNotAccepting.class,
                        e -> assertThat(e.code()).isEqualTo("form-not-open-yet"));
        assertNothingStored();
    }

    @Test
    void answers_that_break_the_form_s_rules_are_refused_all_at_once_and_nothing_is_stored_or_announced() {
        Answers broken = answers("name", new Answer.Text("鳥取 花子"), "birthDate", new Answer.Text("2018-02-30"),
                "receiveBy", new Answer.Text("宅配"), "consent", new Answer.Flag(false));

        assertThatThrownBy(() -> submit(HANAKO, form, broken)).isInstanceOfSatisfying(AnswersRejected.class,
                rejected -> assertThat(rejected.violations()).extracting(v -> v.field() + " " + v.code())
                        .containsExactly("answers.birthDate answer-date", "answers.receiveBy answer-choice",
                                "answers.consent consent-required"));
        assertNothingStored();
    }

    @Test
    void a_form_without_a_standard_processing_period_gives_no_due_date() {
        assertThat(submit(Actor.anonymous(), survey, surveyAnswers()).application().dueDate()).isEmpty();
    }

    private void assertNothingStored() {
        assertThat(useCases.applications.ofApplicant("citizen-hanako", 0, 10).total()).isZero();
        assertThat(useCases.applications.inbox(KOSODATE, InboxFilter.everything(), TODAY, DUE, 0, 10).total())
                .isZero();
        assertThat(useCases.events.published()).isEmpty();
        assertThat(useCases.receiptNumbers.given(FY2026)).as("no receipt number taken").isZero();
    }

    @Test
    void one_second_before_midnight_on_31_march_in_tokyo_is_still_reiwa_4_with_the_jvm_in_utc() {
        TimeZone jvm = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            useCases.clock.set(OffsetDateTime.parse("2023-03-31T23:59:59+09:00").toInstant());
            Receipt lastOfR4 = submit(HANAKO, form, allowanceAnswers());
            useCases.clock.set(OffsetDateTime.parse("2023-04-01T00:00:00+09:00").toInstant());
            Receipt firstOfR5 = submit(HANAKO, form, allowanceAnswers());

            assertThat(lastOfR4.application().receiptNumber()).hasToString("R4-000001");
            assertThat(lastOfR4.application().receiptNumber().fiscalYear()).isEqualTo(FiscalYear.of(2022));
            assertThat(firstOfR5.application().receiptNumber()).hasToString("R5-000001");
            assertThat(firstOfR5.application().receiptNumber().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            // Fri 31 March and Sat 1 April 2023 both count five business days from Monday 3 April
            assertThat(lastOfR4.application().dueDate()).contains(LocalDate.of(2023, 4, 7));
            assertThat(firstOfR5.application().dueDate()).contains(LocalDate.of(2023, 4, 7));
        } finally {
            TimeZone.setDefault(jvm);
        }
    }

    @Test
    void a_retry_with_the_same_key_and_body_gets_the_first_application_again_without_a_second_one() {
        Receipt first = submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", BODY);
        useCases.clock.advance(Duration.ofMinutes(5));

        Receipt retry = submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", BODY);

        assertThat(retry.application()).isEqualTo(first.application());
        assertThat(retry.replayed()).isTrue();
        assertThat(first.replayed()).isFalse();
        assertThat(useCases.applications.ofApplicant("citizen-hanako", 0, 10).total()).isEqualTo(1);
        assertThat(useCases.events.published()).hasSize(1);
        assertThat(useCases.receiptNumbers.given(FY2026)).isEqualTo(1);
    }

    @Test
    void an_anonymous_retry_gets_the_same_lookup_code_again() {
        Receipt first = submitWithKey(Actor.anonymous(), survey, surveyAnswers(), "key-anon", BODY);

        Receipt retry = submitWithKey(Actor.anonymous(), survey, surveyAnswers(), "key-anon", BODY);

        assertThat(retry.lookupCode()).isPresent().isEqualTo(first.lookupCode());
        assertThat(retry.application().id()).isEqualTo(first.application().id());
        assertThat(retry.replayed()).isTrue();
    }

    @Test
    void the_same_key_with_another_body_is_refused_as_reused() {
        Receipt first = submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", BODY);

        assertThatThrownBy(() -> submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", OTHER_BODY))
                .isInstanceOfSatisfying(IdempotencyKeyReused.class, e -> {
                    assertThat(e.code()).isEqualTo("idempotency-key-reused");
                    assertThat(e.kind().status()).isEqualTo(422);
                });
        assertThat(useCases.applications.ofApplicant("citizen-hanako", 0, 10).items())
                .containsExactly(first.application());
    }

    @Test
    void a_retry_while_the_first_request_with_its_key_still_runs_is_told_it_is_in_flight() {
        useCases.keys.claim("citizen-hanako", "key-1", BODY, AT, AT.plusSeconds(30), AT.plus(Duration.ofHours(24)));
        useCases.clock.advance(Duration.ofSeconds(5));

        assertThatThrownBy(() -> submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", BODY))
                .isInstanceOfSatisfying(IdempotencyKeyInFlight.class, e -> {
                    assertThat(e.code()).isEqualTo("idempotency-key-in-flight");
                    assertThat(e.kind().status()).isEqualTo(409);
                });
        assertThat(useCases.applications.ofApplicant("citizen-hanako", 0, 10).total()).isZero();
    }

    @Test
    void a_request_that_died_with_its_key_in_flight_leaves_the_key_to_the_retry_after_the_hold() {
        useCases.keys.claim("citizen-hanako", "key-1", BODY, AT, AT.plusSeconds(30), AT.plus(Duration.ofHours(24)));
        useCases.clock.advance(Duration.ofSeconds(30));

        Receipt retry = submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", BODY);

        assertThat(retry.replayed()).isFalse();
        assertThat(retry.application().receiptNumber()).hasToString("R8-000001");
    }

    @Test
    void a_failed_submission_gives_its_key_back_so_that_the_corrected_request_may_use_it() {
        Answers broken = answers("name", new Answer.Text("鳥取 花子"));

        assertThatThrownBy(() -> submitWithKey(HANAKO, form, broken, "key-1", BODY))
                .isInstanceOf(AnswersRejected.class);
        Receipt corrected = submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", OTHER_BODY);

        assertThat(corrected.replayed()).isFalse();
        assertThat(corrected.application().receiptNumber()).hasToString("R8-000001");
        assertThat(submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", OTHER_BODY).application())
                .isEqualTo(corrected.application());
    }

    @Test
    void a_key_belongs_to_its_caller_and_anonymous_visitors_share_one_scope() {
        Receipt hanako = submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", BODY);
        Receipt taro = submitWithKey(citizen("citizen-taro"), form, allowanceAnswers(), "key-1", BODY);
        Receipt anonymous = submitWithKey(Actor.anonymous(), survey, surveyAnswers(), "key-1", BODY);

        assertThat(List.of(hanako, taro, anonymous)).extracting(r -> r.application().id()).doesNotHaveDuplicates();
        assertThat(useCases.keys.claim(SubmitApplicationService.ANONYMOUS_SCOPE, "key-1", BODY, AT, AT, AT.plusSeconds(1)))
                .isEqualTo(new IdempotencyKeys.Claim.Replay(anonymous.application().id(), anonymous.lookupCode()));
    }

    @Test
    void a_key_expired_after_its_lifetime_starts_a_new_submission() {
        Receipt first = submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", BODY);
        useCases.clock.advance(Duration.ofHours(24));

        Receipt again = submitWithKey(HANAKO, form, allowanceAnswers(), "key-1", BODY);

        assertThat(again.replayed()).isFalse();
        assertThat(again.application().id()).isNotEqualTo(first.application().id());
        assertThat(again.application().receiptNumber()).hasToString("R8-000002");
    }

    @Test
    void an_idempotency_key_is_printable_ascii_of_at_most_255_characters() {
        for (String wrong : new String[] { "", " ", "鍵", "key with spaces", "k".repeat(256), "key\t1" }) {
            assertThatThrownBy(() -> new SubmitApplicationCommand(HANAKO, form.id(), allowanceAnswers(),
                    Optional.of(wrong), BODY)).as(wrong).isInstanceOfSatisfying(InvalidInput.class,
                            e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
                                    .containsExactly("Idempotency-Key idempotency-key-format"));
        }
        assertThat(new SubmitApplicationCommand(HANAKO, form.id(), allowanceAnswers(), Optional.of("k".repeat(255)),
                BODY).idempotencyKey()).contains("k".repeat(255));
    }
}
