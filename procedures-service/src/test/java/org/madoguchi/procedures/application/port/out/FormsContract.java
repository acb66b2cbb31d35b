package org.madoguchi.procedures.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.ADMIN;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.AT;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.STAFF;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.content;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.application.port.out.Forms.FormFilter;
import org.madoguchi.procedures.application.port.out.Forms.FormVersion;
import org.madoguchi.procedures.application.port.out.Forms.Page;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StaleVersion;

/**
 * What every {@link Forms} store does: a form and each of its versions are read back as written, an
 * update is guarded by the form's version, a draft changes in place while a new version leaves the
 * earlier ones readable, listings are newest first in pages, and the forms serving a procedure are
 * found by what their current version says. The store may hold forms of other tests: listings are
 * narrowed to this test's own department.
 */
public abstract class FormsContract {

    private static final Instant OPENS = Instant.parse("2090-04-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2090-05-01T00:00:00Z");

    private DepartmentCode department;
    private ProcedureId birth;
    private ProcedureId moving;

    /** The store under test. */
    protected abstract Forms forms();

    /** Stores a department where forms must name a known one. */
    protected abstract void departmentExists(Department department);

    /** Stores a procedure of the department where forms may serve only known ones. */
    protected abstract void procedureExists(ProcedureId id, DepartmentCode department);

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin_with_a_department_and_two_procedures_of_its_own() {
        beginTest();
        Department owner = RegistryExamples.department("様式契約課", 900);
        departmentExists(owner);
        department = owner.code();
        birth = ProcedureId.random();
        moving = ProcedureId.random();
        procedureExists(birth, department);
        procedureExists(moving, department);
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private Form added(FormKind kind, FormStatus status, FormContent content, Instant at) {
        Form form = new Form(FormId.random(), kind, department, status, 1, content, 0);
        return forms().add(form, ADMIN, at);
    }

    private Form draft(String title, Instant at) {
        return added(FormKind.PROCEDURE, FormStatus.DRAFT, content(title, Set.of(birth)), at);
    }

    private FormFilter ours() {
        return new FormFilter(department, null, null, null);
    }

    @Test
    void a_form_added_is_read_back_the_same_with_its_first_version() {
        Form form = Form.draft(FormId.random(), FormKind.PROCEDURE, department,
                content("出生届出フォーム", OPENS, CLOSES, Set.of(birth, moving)));

        Form stored = forms().add(form, ADMIN, AT);

        assertThat(stored).isEqualTo(form);
        assertThat(forms().find(form.id())).contains(form);
        assertThat(forms().version(form.id(), 1)).contains(new FormVersion(form.id(), 1, form.content(), AT, ADMIN));
    }

    @Test
    void lookups_of_what_is_not_stored_are_empty() {
        Form form = draft("出生届出フォーム", AT);

        assertThat(forms().find(FormId.random())).isEmpty();
        assertThat(forms().version(FormId.random(), 1)).isEmpty();
        assertThat(forms().version(form.id(), 2)).isEmpty();
        assertThat(forms().servingProcedures(List.of())).isEmpty();
        assertThat(forms().servingProcedures(List.of(ProcedureId.random()))).isEmpty();
    }

    @Test
    void an_edit_of_a_draft_changes_its_one_version_in_place() {
        Form form = draft("出生届出フォーム", AT);
        FormContent changed = content("出生届出フォーム（改）", Set.of(moving));

        Form stored = forms().update(form.edit(changed), 0, STAFF, AT.plusSeconds(60));

        assertThat(stored).isEqualTo(new Form(form.id(), form.kind(), department, FormStatus.DRAFT, 1, changed, 1));
        assertThat(forms().find(form.id())).contains(stored);
        assertThat(forms().version(form.id(), 1))
                .contains(new FormVersion(form.id(), 1, changed, AT.plusSeconds(60), STAFF));
        assertThat(forms().version(form.id(), 2)).isEmpty();
    }

    @Test
    void publishing_and_closing_keep_the_version_as_its_author_wrote_it() {
        Form form = draft("出生届出フォーム", AT);

        Form published = forms().update(form.publish(), 0, STAFF, AT.plusSeconds(60));
        Form closed = forms().update(published.close(), 1, STAFF, AT.plusSeconds(120));

        assertThat(published.status()).isEqualTo(FormStatus.PUBLISHED);
        assertThat(closed).isEqualTo(new Form(form.id(), form.kind(), department, FormStatus.CLOSED, 1,
                form.content(), 2));
        assertThat(forms().find(form.id())).contains(closed);
        assertThat(forms().version(form.id(), 1)).contains(new FormVersion(form.id(), 1, form.content(), AT, ADMIN));
    }

    @Test
    void a_new_version_of_a_published_form_leaves_the_earlier_one_readable() {
        Form published = forms().update(draft("出生届出フォーム", AT).publish(), 0, ADMIN, AT);
        FormContent second = content("出生届出フォーム（第2版）", Set.of(birth, moving));

        Form stored = forms().update(published.edit(second), 1, STAFF, AT.plusSeconds(60));

        assertThat(stored.currentVersion()).isEqualTo(2);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(forms().find(published.id())).contains(stored).map(Form::content).contains(second);
        assertThat(forms().version(published.id(), 1)).map(FormVersion::content).contains(published.content());
        assertThat(forms().version(published.id(), 2))
                .contains(new FormVersion(published.id(), 2, second, AT.plusSeconds(60), STAFF));
    }

    @Test
    void each_version_keeps_its_own_processing_period_and_attachment_limits_or_their_absence() {
        FormContent plain = RegistryExamples.withoutFilesOrPeriod(content("出生届出フォーム", Set.of(birth)));
        Form published = added(FormKind.PROCEDURE, FormStatus.PUBLISHED, plain, AT);
        FormContent withFiles = content("出生届出フォーム（第2版）", Set.of(birth));

        Form second = forms().update(published.edit(withFiles), 0, STAFF, AT.plusSeconds(60));

        assertThat(forms().find(published.id())).contains(second).map(Form::content).contains(withFiles);
        assertThat(forms().version(published.id(), 1)).map(FormVersion::content).hasValueSatisfying(first -> {
            assertThat(first).isEqualTo(plain);
            assertThat(first.standardProcessingPeriod()).isNull();
            assertThat(first.attachmentLimits()).isNull();
        });
        assertThat(forms().version(published.id(), 2)).map(FormVersion::content).hasValueSatisfying(latest -> {
            assertThat(latest.standardProcessingPeriod()).isEqualTo(RegistryExamples.FOURTEEN_DAYS);
            assertThat(latest.attachmentLimits()).isEqualTo(RegistryExamples.LIMITS);
        });
    }

    @Test
    void a_draft_that_drops_its_attachment_field_drops_its_limits_in_place() {
        Form form = draft("出生届出フォーム", AT);
        FormContent plain = RegistryExamples.withoutFilesOrPeriod(form.content());

        Form stored = forms().update(form.edit(plain), 0, STAFF, AT.plusSeconds(60));

        assertThat(stored.content().attachmentLimits()).isNull();
        assertThat(forms().find(form.id())).map(Form::content).contains(plain);
        assertThat(forms().version(form.id(), 1)).map(FormVersion::content).contains(plain);
    }

    @Test
    void an_update_from_a_stale_version_is_refused_and_changes_nothing() {
        Form form = draft("出生届出フォーム", AT);
        Form edited = forms().update(form.edit(content("一度目", Set.of(birth))), 0, STAFF, AT.plusSeconds(60));

        assertThatThrownBy(() -> forms().update(form.edit(content("二度目", Set.of())), 0, ADMIN, AT.plusSeconds(120)))
                .isInstanceOfSatisfying(StaleVersion.class, e -> {
                    assertThat(e.expected()).isZero();
                    assertThat(e.actual()).isEqualTo(1);
                });
        assertThat(forms().find(form.id())).contains(edited);
        assertThat(forms().version(form.id(), 1)).map(FormVersion::content).contains(edited.content());
    }

    @Test
    void updating_a_form_that_was_never_stored_is_refused_as_not_found() {
        Form never = Form.draft(FormId.random(), FormKind.SURVEY, department, content("未登録", Set.of()));

        assertThatThrownBy(() -> forms().update(never, 0, ADMIN, AT)).isInstanceOfSatisfying(NotFound.class, e -> {
            assertThat(e.what()).isEqualTo(NotFound.What.FORM);
            assertThat(e.key()).isEqualTo(never.id().toString());
        });
        assertThat(forms().find(never.id())).isEmpty();
    }

    @Test
    void a_listing_is_newest_first_in_pages_that_tell_the_total() {
        Form oldest = draft("一番目", AT);
        Form middle = draft("二番目", AT.plusSeconds(3600));
        Form newest = draft("三番目", AT.plusSeconds(7200));

        Page<Form> first = forms().list(ours(), 0, 2);
        Page<Form> second = forms().list(ours(), 1, 2);
        Page<Form> beyond = forms().list(ours(), 2, 2);

        assertThat(first.items()).extracting(Form::id).containsExactly(newest.id(), middle.id());
        assertThat(first.items().get(0)).isEqualTo(newest);
        assertThat(second.items()).extracting(Form::id).containsExactly(oldest.id());
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(3L);
    }

    @Test
    void a_listing_is_narrowed_by_kind_and_status() {
        Form procedureDraft = draft("手続きの下書き", AT);
        Form survey = added(FormKind.SURVEY, FormStatus.PUBLISHED, content("アンケート", Set.of()), AT.plusSeconds(60));
        Form surveyDraft = added(FormKind.SURVEY, FormStatus.DRAFT, content("アンケート案", Set.of()), AT.plusSeconds(120));

        assertThat(forms().list(new FormFilter(department, FormKind.SURVEY, null, null), 0, 10).items())
                .extracting(Form::id).containsExactly(surveyDraft.id(), survey.id());
        assertThat(forms().list(new FormFilter(department, null, FormStatus.DRAFT, null), 0, 10).items())
                .extracting(Form::id).containsExactly(surveyDraft.id(), procedureDraft.id());
        Page<Form> published = forms().list(new FormFilter(department, FormKind.SURVEY, FormStatus.PUBLISHED, null), 0,
                10);
        assertThat(published.items()).containsExactly(survey);
        assertThat(published.total()).isEqualTo(1);
    }

    @Test
    void a_listing_at_an_instant_holds_only_the_forms_whose_period_includes_it() {
        Form always = added(FormKind.EVENT, FormStatus.PUBLISHED, content("常時", null, null, Set.of()), AT);
        Form april = added(FormKind.EVENT, FormStatus.PUBLISHED, content("四月", OPENS, CLOSES, Set.of()),
                AT.plusSeconds(1));
        Form fromMay = added(FormKind.EVENT, FormStatus.PUBLISHED, content("五月から", CLOSES, null, Set.of()),
                AT.plusSeconds(2));
        Form untilApril = added(FormKind.EVENT, FormStatus.DRAFT, content("三月まで", null, OPENS, Set.of()),
                AT.plusSeconds(3));

        assertThat(forms().list(new FormFilter(department, null, null, OPENS), 0, 10).items()).extracting(Form::id)
                .containsExactly(april.id(), always.id());
        assertThat(forms().list(new FormFilter(department, null, null, CLOSES), 0, 10).items()).extracting(Form::id)
                .containsExactly(fromMay.id(), always.id());
        assertThat(forms().list(new FormFilter(department, null, null, OPENS.minusSeconds(1)), 0, 10).items())
                .extracting(Form::id).containsExactly(untilApril.id(), always.id());
    }

    @Test
    void the_forms_serving_procedures_are_found_by_what_their_current_version_says() {
        Form both = added(FormKind.PROCEDURE, FormStatus.PUBLISHED, content("両方", Set.of(birth, moving)), AT);
        Form birthOnly = added(FormKind.PROCEDURE, FormStatus.DRAFT, content("出生のみ", Set.of(birth)),
                AT.plusSeconds(60));
        added(FormKind.SURVEY, FormStatus.PUBLISHED, content("手続きなし", Set.of()), AT.plusSeconds(120));
        ProcedureId unserved = ProcedureId.random();

        var serving = forms().servingProcedures(List.of(birth, moving, unserved));

        assertThat(serving).containsOnlyKeys(birth, moving);
        assertThat(serving.get(birth)).extracting(Form::id).containsExactly(both.id(), birthOnly.id());
        assertThat(serving.get(moving)).containsExactly(both);

        Form unlinked = forms().update(birthOnly.edit(content("出生のみ（改）", Set.of(moving))), 0, STAFF,
                AT.plusSeconds(180));

        assertThat(forms().servingProcedures(List.of(birth)).get(birth)).extracting(Form::id)
                .containsExactly(both.id());
        assertThat(forms().servingProcedures(List.of(moving)).get(moving)).containsExactly(both, unlinked);
    }
}
