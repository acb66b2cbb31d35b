package org.madoguchi.procedures.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.ADMIN;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.AT;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.STAFF;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.details;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.procedure;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.uniqueCode;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.withStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.domain.event.ProcedureEvent;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * What every {@link ProcedureEvents} does: each event published is what a reader of the events then sees,
 * once and in the order published, telling which procedure, when, who, at which version and status, and
 * what changed. The fake records the domain events; the real adapter appends them to the outbox, which
 * a reader sees as CloudEvents.
 */
public abstract class ProcedureEventsContract {

    private static final DepartmentCode KENKO = new DepartmentCode("kenko-kosodate");

    /**
     * What a reader learns of one event.
     *
     * @param event         the domain event's name, e.g. {@code ProcedureRegistered}
     * @param procedureId   the procedure it is about
     * @param at            when it happened
     * @param bySubject     who caused it
     * @param version       the procedure's version after it
     * @param status        the procedure's status after it
     * @param previous      the status before a status change; {@code null} for other events
     * @param changedFields the fields an edit changed; empty for other events
     */
    public record Announcement(String event, String procedureId, Instant at, String bySubject, long version,
            StatusKind status, StatusKind previous, List<String> changedFields) {

        public Announcement {
            changedFields = List.copyOf(changedFields);
        }
    }

    /** The port under test. */
    protected abstract ProcedureEvents events();

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

    private static Procedure registered() {
        return procedure(uniqueCode("EV"), KENKO, new OnlineStatus.Planned(FiscalYear.of(2090)));
    }

    @Test
    void nothing_is_seen_before_anything_is_published_and_each_event_once_in_order_after() {
        Procedure first = registered();
        Procedure second = registered();
        assertThat(announced()).isEmpty();

        events().publish(new ProcedureEvent.ProcedureRegistered(first, ADMIN, AT));
        events().publish(new ProcedureEvent.ProcedureRegistered(second, ADMIN, AT.plusSeconds(1)));
        Procedure edited = withStatus(first.withDetails(details("妊娠届出", KENKO)), first.status(), 1);
        events().publish(new ProcedureEvent.ProcedureChanged(edited, List.of("name"), STAFF, AT.plusSeconds(2)));

        assertThat(announced()).extracting(Announcement::event, Announcement::procedureId).containsExactly(
                tuple("ProcedureRegistered", first.id().toString()),
                tuple("ProcedureRegistered", second.id().toString()),
                tuple("ProcedureChanged", first.id().toString()));
    }

    @Test
    void a_registration_tells_the_procedure_when_who_its_version_and_its_status() {
        Procedure procedure = registered();

        events().publish(new ProcedureEvent.ProcedureRegistered(procedure, ADMIN, AT));

        assertThat(announced()).containsExactly(new Announcement("ProcedureRegistered", procedure.id().toString(), AT,
                ADMIN.subject(), 0, StatusKind.PLANNED, null, List.of()));
    }

    @Test
    void a_change_of_details_tells_which_fields_it_changed() {
        Procedure edited = new Procedure(registered().id(), uniqueCode("EV"), details("妊娠届出", KENKO),
                new OnlineStatus.NotPlanned(), 3);

        events().publish(new ProcedureEvent.ProcedureChanged(edited, List.of("name", "description"), STAFF, AT));

        assertThat(announced()).containsExactly(new Announcement("ProcedureChanged", edited.id().toString(), AT,
                STAFF.subject(), 3, StatusKind.NOT_PLANNED, null, List.of("name", "description")));
    }

    @Test
    void a_status_change_tells_the_status_it_left_and_the_one_it_reached() {
        Procedure planned = registered();
        Procedure completed = withStatus(planned,
                new OnlineStatus.Completed(LocalDate.of(2023, 3, 1), FiscalYear.of(2090), null), 1);

        events().publish(new ProcedureEvent.ProcedureStatusChanged(completed, planned.status(), STAFF, AT));

        assertThat(announced()).containsExactly(new Announcement("ProcedureStatusChanged", planned.id().toString(),
                AT, STAFF.subject(), 1, StatusKind.COMPLETED, StatusKind.PLANNED, List.of()));
    }
}
