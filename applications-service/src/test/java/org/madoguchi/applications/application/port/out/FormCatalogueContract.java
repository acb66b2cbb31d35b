package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.everyFieldForm;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.FieldType;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormField;
import org.madoguchi.applications.domain.model.FormId;

/**
 * What every {@link FormCatalogue} does: a published version is read back as published and becomes the one citizens
 * answer; later versions leave earlier ones readable; a closure closes the form until it is published again; an event
 * replayed out of order (older than what last set the form's state) changes nothing but keeps its version; a
 * version published twice keeps what it said first. The catalogue may hold other tests' forms: each test uses forms
 * of its own.
 */
public abstract class FormCatalogueContract {

    private static final Instant LATER = AT.plusSeconds(3600);

    /** The catalogue under test. */
    protected abstract FormCatalogue catalogue();

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
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

    private static Form version(Form form, int version, String title) {
        return new Form(form.id(), version, form.kind(), form.department(), title, form.titleEn(), form.fields(),
                form.acceptsAnonymous(), form.opensAt(), form.closesAt(), form.standardProcessingDays(),
                form.attachmentLimits(), false);
    }

    @Test
    void a_published_version_is_read_back_whole_as_the_current_one_of_its_form() {
        Form form = everyFieldForm(KOSODATE);
        long before = catalogue().count();

        catalogue().publish(form, AT);

        assertThat(catalogue().current(form.id())).contains(form);
        assertThat(catalogue().version(form.id(), 1)).contains(form);
        assertThat(catalogue().count()).isEqualTo(before + 1);
    }

    @Test
    void a_version_without_period_limits_english_title_or_field_rules_is_read_back_without_them() {
        Form bare = new Form(new FormId(UUID.randomUUID()), 1, survey(KOSODATE).kind(), KOSODATE, "簡易アンケート", null,
                List.of(new FormField("q1", "質問1", null, FieldType.TEXT, false, null, null, null, List.of())), true,
                null, null, OptionalInt.empty(), Optional.empty(), false);

        catalogue().publish(bare, AT);

        assertThat(catalogue().current(bare.id())).contains(bare);
    }

    @Test
    void what_was_never_published_is_not_known() {
        FormId unknown = new FormId(UUID.randomUUID());

        assertThat(catalogue().current(unknown)).isEmpty();
        assertThat(catalogue().version(unknown, 1)).isEmpty();
        Form form = allowanceForm(KOSODATE);
        catalogue().publish(form, AT);
        assertThat(catalogue().version(form.id(), 2)).isEmpty();
    }

    @Test
    void a_version_asked_for_before_it_is_published_is_found_once_it_is() {
        Form first = allowanceForm(KOSODATE);
        Form second = version(first, 2, "児童手当認定請求（第2版）");
        catalogue().publish(first, AT);
        assertThat(catalogue().version(first.id(), 1)).contains(first);
        assertThat(catalogue().version(first.id(), 2)).isEmpty();

        catalogue().publish(second, LATER);

        assertThat(catalogue().version(first.id(), 2)).contains(second);
        assertThat(catalogue().current(first.id())).contains(second);
        assertThat(catalogue().version(first.id(), 1)).as("the earlier version read before, unchanged")
                .contains(first);
    }

    @Test
    void a_new_version_becomes_the_current_one_and_leaves_the_earlier_one_readable() {
        Form first = allowanceForm(KOSODATE);
        Form second = version(first, 2, "児童手当認定請求（第2版）");
        catalogue().publish(first, AT);
        long before = catalogue().count();

        catalogue().publish(second, LATER);

        assertThat(catalogue().current(first.id())).contains(second);
        assertThat(catalogue().version(first.id(), 1)).contains(first);
        assertThat(catalogue().version(first.id(), 2)).contains(second);
        assertThat(catalogue().count()).as("still one form").isEqualTo(before);
    }

    @Test
    void a_closed_form_stays_known_as_closed_with_its_versions_readable_as_published() {
        Form form = allowanceForm(KOSODATE);
        catalogue().publish(form, AT);
        long before = catalogue().count();

        catalogue().close(form.id(), LATER);

        assertThat(catalogue().current(form.id())).contains(form.close());
        assertThat(catalogue().current(form.id())).hasValueSatisfying(f -> assertThat(f.isAccepting(LATER)).isFalse());
        assertThat(catalogue().version(form.id(), 1)).contains(form);
        assertThat(catalogue().count()).isEqualTo(before);
    }

    @Test
    void a_form_published_again_after_its_closure_is_open_again_in_its_new_version() {
        Form form = allowanceForm(KOSODATE);
        Form second = version(form, 2, "児童手当認定請求（再開）");
        catalogue().publish(form, AT);
        catalogue().close(form.id(), LATER);

        catalogue().publish(second, LATER.plusSeconds(60));

        assertThat(catalogue().current(form.id())).contains(second);
    }

    @Test
    void closing_a_form_never_published_leaves_it_unknown() {
        FormId unknown = new FormId(UUID.randomUUID());

        catalogue().close(unknown, AT);

        assertThat(catalogue().current(unknown)).isEmpty();
    }

    @Test
    void a_replayed_older_publication_keeps_its_version_but_does_not_undo_the_newer_one() {
        Form first = allowanceForm(KOSODATE);
        Form second = version(first, 2, "児童手当認定請求（第2版）");
        catalogue().publish(second, LATER);

        catalogue().publish(first, AT);

        assertThat(catalogue().current(first.id())).contains(second);
        assertThat(catalogue().version(first.id(), 1)).contains(first);
    }

    @Test
    void a_replayed_older_publication_does_not_reopen_a_form_closed_after_it() {
        Form form = allowanceForm(KOSODATE);
        catalogue().publish(form, AT);
        catalogue().close(form.id(), LATER);

        catalogue().publish(form, AT);

        assertThat(catalogue().current(form.id())).contains(form.close());
    }

    @Test
    void a_replayed_older_closure_does_not_close_a_form_published_after_it() {
        Form first = allowanceForm(KOSODATE);
        Form second = version(first, 2, "児童手当認定請求（第2版）");
        catalogue().publish(first, AT);
        catalogue().publish(second, LATER);

        catalogue().close(first.id(), AT.plusSeconds(60));

        assertThat(catalogue().current(first.id())).contains(second);
    }

    @Test
    void events_of_the_same_instant_apply_in_the_order_they_arrive() {
        Form form = allowanceForm(KOSODATE);
        catalogue().publish(form, AT);

        catalogue().close(form.id(), AT);
        assertThat(catalogue().current(form.id())).contains(form.close());

        catalogue().publish(form, AT);
        assertThat(catalogue().current(form.id())).contains(form);
    }

    @Test
    void a_version_published_twice_keeps_what_it_said_first() {
        Form form = allowanceForm(KOSODATE);
        Form rewritten = version(form, 1, "書き換えられた題名");
        catalogue().publish(form, AT);

        catalogue().publish(rewritten, LATER);

        assertThat(catalogue().version(form.id(), 1)).contains(form);
        assertThat(catalogue().current(form.id())).contains(form);
    }

    @Test
    void a_version_published_as_closed_is_kept_as_an_open_version() {
        Form form = allowanceForm(KOSODATE);

        catalogue().publish(form.close(), AT);

        assertThat(catalogue().version(form.id(), 1)).contains(form);
        assertThat(catalogue().current(form.id())).contains(form);
    }
}
