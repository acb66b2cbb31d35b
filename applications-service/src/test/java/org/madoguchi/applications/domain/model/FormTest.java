package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceAnswers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.answers;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.everyFieldForm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/**
 * A form checks all answers at once against its fields and says every broken rule in one refusal, keeps the
 * answers in the order of its fields as the service stores them, and takes answers only while it is open, from
 * anonymous visitors only if it allows them.
 */
class FormTest {

    private static final Instant OPENS = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-05-01T00:00:00Z");

    private static Form inPeriod(boolean acceptsAnonymous) {
        Form form = allowanceForm(KOSODATE);
        return new Form(form.id(), 1, form.kind(), form.department(), form.title(), form.titleEn(), form.fields(),
                acceptsAnonymous, OPENS, CLOSES, form.standardProcessingDays(), form.attachmentLimits(), false);
    }

    @Test
    void answers_that_keep_every_rule_are_kept_normalised_in_the_order_of_the_fields() {
        Answers given = answers("consent", new Answer.Flag(true), "receiveBy", new Answer.Text("郵送"),
                "postalCode", new Answer.Text("〒６８０８５７１"), "birthDate", new Answer.Text("２０１８－０６－０１"),
                "name", new Answer.Text("  鳥取 花子 "));

        Answers kept = allowanceForm(KOSODATE).check(given);

        assertThat(kept.values()).containsExactly(
                java.util.Map.entry("name", new Answer.Text("鳥取 花子")),
                java.util.Map.entry("birthDate", new Answer.Text("2018-06-01")),
                java.util.Map.entry("postalCode", new Answer.Text("680-8571")),
                java.util.Map.entry("receiveBy", new Answer.Text("郵送")),
                java.util.Map.entry("consent", new Answer.Flag(true)));
        assertThat(kept.values()).doesNotContainKey("email");
    }

    @Test
    void every_broken_rule_is_told_at_once_each_under_the_key_of_its_answer() {
        Answers given = answers("name", new Answer.Text("鳥取\n花子"), "email", new Answer.Text("hanako@"),
                "postalCode", new Answer.Text("680-857"), "receiveBy", new Answer.Text("電話"),
                "consent", new Answer.Flag(false), "nickname", new Answer.Text("はなちゃん"),
                "age", new Answer.Number("7"));

        assertThatThrownBy(() -> allowanceForm(KOSODATE).check(given)).isInstanceOfSatisfying(AnswersRejected.class,
                rejected -> {
                    assertThat(rejected.code()).isEqualTo("answers-rejected");
                    assertThat(rejected.kind()).isEqualTo(DomainFailure.Kind.UNPROCESSABLE);
                    assertThat(rejected.kind().status()).isEqualTo(422);
                    assertThat(rejected.violations()).containsExactly(
                            Violation.of("answers.name", "single-line"),
                            Violation.of("answers.birthDate", "answer-required"),
                            Violation.of("answers.email", "answer-email"),
                            Violation.of("answers.postalCode", "answer-postal-code"),
                            Violation.of("answers.receiveBy", "answer-choice"),
                            Violation.of("answers.consent", "consent-required"),
                            Violation.of("answers.nickname", "unknown-field"),
                            Violation.of("answers.age", "unknown-field"));
                    assertThat(rejected.arguments()).containsExactly(8);
                });
    }

    @Test
    void a_form_with_every_field_type_takes_a_full_set_of_answers() {
        Answers given = answers("name", new Answer.Text("鳥取 花子"), "note", new Answer.Text("車椅子で参加します。\n"),
                "count", new Answer.Text("２"), "day", new Answer.Text("2026-05-16"), "site", new Answer.Text("本庁舎"),
                "meals", new Answer.Many(List.of("昼食")), "email", new Answer.Text("hanako@example.jp"),
                "phone", new Answer.Text("0857-22-8111"), "postalCode", new Answer.Text("6808571"),
                "address", new Answer.Text("鳥取市東町一丁目220番地"), "consent", new Answer.Flag(true),
                "files", new Answer.Many(List.of("3f0c2a9e")), "myNumber", new Answer.Text("1234-5678-9018"));

        Answers kept = everyFieldForm(KOSODATE).check(given);

        assertThat(kept.values()).containsOnlyKeys("name", "note", "count", "day", "site", "meals", "email", "phone",
                "postalCode", "address", "consent", "files", "myNumber");
        assertThat(kept.values().get("count")).isEqualTo(new Answer.Number("2"));
        assertThat(kept.values().get("phone")).isEqualTo(new Answer.Text("0857228111"));
        assertThat(kept.values().get("postalCode")).isEqualTo(new Answer.Text("680-8571"));
        assertThat(kept.values().get("myNumber")).isEqualTo(new Answer.Text("123456789018"));
        assertThat(kept.attachmentIds(everyFieldForm(KOSODATE))).containsExactly("3f0c2a9e");
    }

    @Test
    void nothing_answered_on_a_form_of_required_fields_names_each_required_field() {
        assertThatThrownBy(() -> allowanceForm(KOSODATE).check(new Answers(java.util.Map.of())))
                .isInstanceOfSatisfying(AnswersRejected.class, rejected -> assertThat(rejected.violations())
                        .containsExactly(Violation.of("answers.name", "answer-required"),
                                Violation.of("answers.birthDate", "answer-required"),
                                Violation.of("answers.receiveBy", "answer-required"),
                                Violation.of("answers.consent", "consent-required")));
    }

    @Test
    void a_form_takes_answers_from_the_instant_it_opens_until_the_instant_it_closes() {
        Form form = inPeriod(false);

        assertThat(form.isAccepting(OPENS.minusSeconds(1))).isFalse();
        assertThat(form.isAccepting(OPENS)).isTrue();
        assertThat(form.isAccepting(CLOSES.minusSeconds(1))).isTrue();
        assertThat(form.isAccepting(CLOSES)).isFalse();
        assertThat(form.close().isAccepting(OPENS.plusSeconds(60))).isFalse();
        assertThat(allowanceForm(KOSODATE).isAccepting(Instant.parse("1990-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void a_form_before_it_opens_is_not_open_yet_and_after_it_closes_or_once_closed_is_closed() {
        Form form = inPeriod(false);

        assertThatThrownBy(() -> form.requireAccepting(OPENS.minusSeconds(1), false))
                .isInstanceOfSatisfying(FormNotAccepting.class, e -> {
                    assertThat(e.code()).isEqualTo("form-not-open-yet");
                    assertThat(e.arguments()).containsExactly(form.id().toString());
                    assertThat(e.kind().status()).isEqualTo(409);
                });
        assertThatThrownBy(() -> form.requireAccepting(CLOSES, false))
                .isInstanceOfSatisfying(FormNotAccepting.class, e -> assertThat(e.code()).isEqualTo("form-closed"));
        assertThatThrownBy(() -> form.close().requireAccepting(OPENS.plusSeconds(60), false))
                .isInstanceOfSatisfying(FormNotAccepting.class, e -> assertThat(e.code()).isEqualTo("form-closed"));
        assertThatThrownBy(() -> form.close().requireAccepting(OPENS.minusSeconds(60), false))
                .isInstanceOfSatisfying(FormNotAccepting.class, e -> assertThat(e.code()).isEqualTo("form-closed"));
    }

    @Test
    void an_anonymous_visitor_may_answer_only_a_form_that_accepts_anonymous_answers() {
        Instant open = OPENS.plusSeconds(60);

        assertThatThrownBy(() -> inPeriod(false).requireAccepting(open, true))
                .isInstanceOfSatisfying(SignInRequired.class, e -> {
                    assertThat(e.code()).isEqualTo("sign-in-required");
                    assertThat(e.kind().status()).isEqualTo(403);
                });
        inPeriod(true).requireAccepting(open, true);
        inPeriod(false).requireAccepting(open, false);
        assertThatThrownBy(() -> inPeriod(false).close().requireAccepting(open, true))
                .as("a closed form says it is closed, not that one must sign in")
                .isInstanceOf(FormNotAccepting.class);
    }

    @Test
    void closing_a_version_keeps_everything_else_it_says() {
        Form form = everyFieldForm(KOSODATE);

        Form closed = form.close();

        assertThat(closed.closed()).isTrue();
        assertThat(closed).usingRecursiveComparison().ignoringFields("closed").isEqualTo(form);
    }

    @Test
    void a_form_tells_its_attachment_fields_and_its_title_in_the_language_asked_for() {
        Form form = everyFieldForm(KOSODATE);
        Form untitled = new Form(form.id(), 1, form.kind(), form.department(), "無題", null, List.of(), false, null,
                null, null, null, false);

        assertThat(form.attachmentFields()).extracting(FormField::key).containsExactly("files");
        assertThat(form.title(true)).isEqualTo("Every field");
        assertThat(form.title(false)).isEqualTo("全項目の様式");
        assertThat(untitled.title(true)).isEqualTo("無題");
        assertThat(untitled.standardProcessingDays()).isEqualTo(OptionalInt.empty());
        assertThat(untitled.attachmentLimits()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> new Form(form.id(), 0, form.kind(), form.department(), "無題", null, List.of(), false,
                null, null, null, null, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_examples_answers_pass_the_example_form() {
        assertThat(allowanceForm(KOSODATE).check(allowanceAnswers()).values()).hasSize(6);
    }
}
