package org.madoguchi.procedures.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.ProcedureId;

/**
 * What every {@link FormEvents} does: each publication or closure published is what a reader of the
 * events then sees, once and in the order published, telling which form, when, who, which version, its
 * kind and its department. The fake records the domain events; the real adapter appends them to the
 * outbox, which a reader sees as CloudEvents.
 */
public abstract class FormEventsContract {

    private static final DepartmentCode KENKO = new DepartmentCode("kenko-kosodate");

    /**
     * What a reader learns of one event.
     *
     * @param event      the domain event's name, e.g. {@code FormPublished}
     * @param formId     the form it is about
     * @param at         when it happened
     * @param bySubject  who caused it
     * @param version    the number of the form's version it is about
     * @param kind       the form's kind
     * @param department the form's department
     */
    public record Announcement(String event, String formId, Instant at, String bySubject, int version, FormKind kind,
            String department) {
    }

    /** The port under test. */
    protected abstract FormEvents events();

    /** What a reader sees of the events published since this test began, oldest first. */
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

    private static Form published(FormKind kind, int currentVersion) {
        return new Form(FormId.random(), kind, KENKO, FormStatus.PUBLISHED, currentVersion,
                content("妊娠届出フォーム", Set.of(ProcedureId.random())), currentVersion);
    }

    private static Form closed(Form form) {
        return new Form(form.id(), form.kind(), form.department(), FormStatus.CLOSED, form.currentVersion(),
                form.content(), form.version() + 1);
    }

    @Test
    void nothing_is_seen_before_anything_is_published_and_each_event_once_in_order_after() {
        Form first = published(FormKind.PROCEDURE, 1);
        Form second = published(FormKind.SURVEY, 1);
        assertThat(announced()).isEmpty();

        events().publish(new FormEvent.FormPublished(first, ADMIN, AT));
        events().publish(new FormEvent.FormPublished(second, ADMIN, AT.plusSeconds(1)));
        events().publish(new FormEvent.FormClosed(closed(first), STAFF, AT.plusSeconds(2)));

        assertThat(announced()).extracting(Announcement::event, Announcement::formId).containsExactly(
                tuple("FormPublished", first.id().toString()), tuple("FormPublished", second.id().toString()),
                tuple("FormClosed", first.id().toString()));
    }

    @Test
    void a_publication_tells_the_form_when_who_its_version_its_kind_and_its_department() {
        Form form = published(FormKind.EVENT, 1);

        events().publish(new FormEvent.FormPublished(form, ADMIN, AT));

        assertThat(announced()).containsExactly(new Announcement("FormPublished", form.id().toString(), AT,
                ADMIN.subject(), 1, FormKind.EVENT, "kenko-kosodate"));
    }

    @Test
    void a_new_version_of_a_published_form_is_announced_under_its_number() {
        Form form = published(FormKind.PROCEDURE, 2);

        events().publish(new FormEvent.FormPublished(form, STAFF, AT));

        assertThat(announced()).extracting(Announcement::version).containsExactly(2);
    }

    @Test
    void a_closure_tells_the_form_when_who_its_version_its_kind_and_its_department() {
        Form form = closed(published(FormKind.CAMPAIGN, 3));

        events().publish(new FormEvent.FormClosed(form, STAFF, AT));

        assertThat(announced()).containsExactly(new Announcement("FormClosed", form.id().toString(), AT,
                STAFF.subject(), 3, FormKind.CAMPAIGN, "kenko-kosodate"));
    }
}
