package org.madoguchi.procedures.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.AT;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.DAY;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.details;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.edit;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.procedure;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.registration;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.statusChange;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.uniqueCode;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.withStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.application.port.out.Procedures.StatusHistory;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateProcedureCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StaleVersion;

/**
 * What every {@link Procedures} store does, the in-memory fake and PostgreSQL alike: what is added or
 * updated is read back the same, with its history; codes are unique; versions guard updates; lookups
 * of what is not there are empty; listings keep their order. The store may hold procedures of other
 * tests: every assertion looks at this test's own departments and procedures, or at differences.
 */
public abstract class ProceduresContract {

    private static final FiscalYear PLAN = FiscalYear.of(2090);
    private static final FiscalYear LATER_PLAN = FiscalYear.of(2091);

    private DepartmentCode department;
    private DepartmentCode otherDepartment;

    /** The store under test. */
    protected abstract Procedures procedures();

    /** Stores a department where procedures must name a known one. */
    protected abstract void departmentExists(Department department);

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin_with_two_departments_of_its_own() {
        beginTest();
        Department one = RegistryExamples.department("手続契約課", 900);
        Department two = RegistryExamples.department("手続契約二課", 901);
        departmentExists(one);
        departmentExists(two);
        department = one.code();
        otherDepartment = two.code();
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private Procedure added(ProcedureCode code, OnlineStatus status, LocalDate effectiveOn) {
        Procedure procedure = procedure(code, department, status);
        return procedures().add(procedure, registration(procedure, AT, effectiveOn));
    }

    private Procedure added(OnlineStatus status) {
        return added(uniqueCode("PC"), status, DAY);
    }

    @Test
    void a_procedure_added_is_read_back_the_same_by_id_and_by_code_with_its_registration() {
        Procedure procedure = procedure(uniqueCode("PC"), department, new OnlineStatus.Planned(PLAN));
        ProcedureChange registration = registration(procedure, AT, DAY);

        Procedure stored = procedures().add(procedure, registration);

        assertThat(stored).isEqualTo(procedure);
        assertThat(stored.version()).isZero();
        assertThat(procedures().find(procedure.id())).contains(procedure);
        assertThat(procedures().findByCode(procedure.code())).contains(procedure);
        assertThat(procedures().history(procedure.id())).containsExactly(registration);
    }

    @Test
    void optional_details_left_out_stay_out_and_a_review_that_found_nothing_required_is_not_no_review() {
        ProcedureDetails bare = new ProcedureDetails("犬の登録", "いぬのとうろく", department, "届出", null, null, null);
        ProcedureDetails nothingRequired = new ProcedureDetails("犬の登録", "いぬのとうろく", department, "届出", "", null,
                new SealReview(false, false, false, null, null));
        Procedure first = new Procedure(ProcedureId.random(), uniqueCode("PC"), bare, new OnlineStatus.NotPlanned(), 0);
        Procedure second = new Procedure(ProcedureId.random(), uniqueCode("PC"), nothingRequired,
                new OnlineStatus.NotPlanned(), 0);

        procedures().add(first, registration(first, AT, DAY));
        procedures().add(second, registration(second, AT, DAY));

        assertThat(procedures().find(first.id())).hasValueSatisfying(p -> {
            assertThat(p.details()).isEqualTo(bare);
            assertThat(p.details().description()).isEmpty();
            assertThat(p.details().legalBasis()).isNull();
            assertThat(p.details().sealReview()).isNull();
        });
        assertThat(procedures().find(second.id())).map(Procedure::details).contains(nothingRequired);
    }

    @Test
    void every_kind_of_status_is_read_back_as_it_was_stored() {
        FormId form = FormId.random();
        List<OnlineStatus> statuses = List.of(new OnlineStatus.NotPlanned(), new OnlineStatus.Planned(PLAN),
                new OnlineStatus.Completed(LocalDate.of(2022, 10, 1), PLAN, form),
                new OnlineStatus.Completed(LocalDate.of(2021, 4, 1), null, null),
                new OnlineStatus.Revised(PLAN, RevisionReason.OTHER, "国の様式が定まらないため"),
                new OnlineStatus.Revised(PLAN, RevisionReason.SWITCHED_TO_EMAIL, null),
                new OnlineStatus.Abolished(LocalDate.of(2023, 3, 1), "制度の廃止"),
                new OnlineStatus.Abolished(LocalDate.of(2023, 3, 2), null));

        for (OnlineStatus status : statuses) {
            Procedure stored = added(status);

            assertThat(procedures().find(stored.id())).map(Procedure::status).as("%s", status).contains(status);
            assertThat(procedures().history(stored.id())).extracting(ProcedureChange::status).containsExactly(status);
        }
    }

    @Test
    void lookups_of_what_is_not_stored_are_empty() {
        added(new OnlineStatus.NotPlanned());

        assertThat(procedures().find(ProcedureId.random())).isEmpty();
        assertThat(procedures().findByCode(uniqueCode("NONE"))).isEmpty();
        assertThat(procedures().findByCodes(List.of(uniqueCode("NONE")))).isEmpty();
        assertThat(procedures().findAll(List.of(ProcedureId.random()))).isEmpty();
        assertThat(procedures().findByCodes(List.of())).isEmpty();
        assertThat(procedures().findAll(List.of())).isEmpty();
        assertThat(procedures().history(ProcedureId.random())).isEmpty();
        assertThat(procedures().idsOwnedBy(otherDepartment)).isEmpty();
    }

    @Test
    void lookups_of_several_return_those_that_exist_keyed_by_code_and_by_id() {
        Procedure one = added(new OnlineStatus.NotPlanned());
        Procedure two = added(new OnlineStatus.Planned(PLAN));
        ProcedureCode missingCode = uniqueCode("NONE");
        ProcedureId missingId = ProcedureId.random();

        assertThat(procedures().findByCodes(List.of(one.code(), missingCode, two.code(), one.code())))
                .isEqualTo(Map.of(one.code(), one, two.code(), two));
        assertThat(procedures().findAll(List.of(two.id(), missingId, one.id())))
                .isEqualTo(Map.of(one.id(), one, two.id(), two));
    }

    @Test
    void a_second_procedure_with_a_taken_code_is_refused() {
        Procedure first = added(new OnlineStatus.NotPlanned());
        Procedure second = new Procedure(ProcedureId.random(), first.code(), details("別の手続き", otherDepartment),
                new OnlineStatus.NotPlanned(), 0);

        assertThatThrownBy(() -> procedures().add(second, registration(second, AT, DAY)))
                .isInstanceOfSatisfying(DuplicateProcedureCode.class,
                        e -> assertThat(e.procedureCode()).isEqualTo(first.code()));
    }

    @Test
    void an_update_stores_the_change_at_the_next_version_and_appends_it_to_the_history() {
        Procedure registered = added(new OnlineStatus.NotPlanned());
        ProcedureChange registration = procedures().history(registered.id()).get(0);
        Procedure edited = registered.withDetails(details("妊娠届出", otherDepartment));
        ProcedureChange edit = edit(registered.id(), 1, AT.plusSeconds(60), List.of("name", "departmentCode"));
        OnlineStatus completed = new OnlineStatus.Completed(LocalDate.of(2023, 3, 1), null, FormId.random());
        ProcedureChange completion = statusChange(registered.id(), completed, 2, AT.plusSeconds(120),
                LocalDate.of(2023, 3, 1));

        Procedure afterEdit = procedures().update(edited, 0, edit);
        Procedure afterCompletion = procedures().update(withStatus(afterEdit, completed, 1), 1, completion);

        assertThat(afterEdit).isEqualTo(withStatus(edited, registered.status(), 1));
        assertThat(afterCompletion).isEqualTo(withStatus(edited, completed, 2));
        assertThat(procedures().find(registered.id())).contains(afterCompletion);
        assertThat(procedures().findByCode(registered.code())).contains(afterCompletion);
        assertThat(procedures().history(registered.id())).containsExactly(registration, edit, completion);
    }

    @Test
    void an_update_from_a_stale_version_is_refused_and_changes_nothing() {
        Procedure registered = added(new OnlineStatus.NotPlanned());
        Procedure edited = procedures().update(registered.withDetails(details("妊娠届出", department)), 0,
                edit(registered.id(), 1, AT.plusSeconds(60), List.of("name")));

        assertThatThrownBy(() -> procedures().update(registered.withDetails(details("別名", department)), 0,
                edit(registered.id(), 1, AT.plusSeconds(120), List.of("name"))))
                .isInstanceOfSatisfying(StaleVersion.class, e -> {
                    assertThat(e.expected()).isZero();
                    assertThat(e.actual()).isEqualTo(1);
                });
        assertThat(procedures().find(registered.id())).contains(edited);
        assertThat(procedures().history(registered.id())).hasSize(2);
    }

    @Test
    void updating_a_procedure_that_was_never_stored_is_refused_as_not_found() {
        Procedure never = procedure(uniqueCode("PC"), department, new OnlineStatus.NotPlanned());

        assertThatThrownBy(() -> procedures().update(never, 0, edit(never.id(), 1, AT, List.of("name"))))
                .isInstanceOfSatisfying(NotFound.class, e -> {
                    assertThat(e.what()).isEqualTo(NotFound.What.PROCEDURE);
                    assertThat(e.key()).isEqualTo(never.id().toString());
                });
        assertThat(procedures().find(never.id())).isEmpty();
    }

    @Test
    void the_procedures_of_a_department_are_listed_by_code_and_follow_a_move_to_another() {
        String prefix = uniqueCode("OWN").value();
        Procedure b = added(new ProcedureCode(prefix + "-B"), new OnlineStatus.NotPlanned(), DAY);
        Procedure a = added(new ProcedureCode(prefix + "-A"), new OnlineStatus.NotPlanned(), DAY);
        Procedure c = added(new ProcedureCode(prefix + "-C"), new OnlineStatus.NotPlanned(), DAY);

        assertThat(procedures().idsOwnedBy(department)).containsExactly(a.id(), b.id(), c.id());

        procedures().update(b.withDetails(details(b.details().name(), otherDepartment)), 0,
                edit(b.id(), 1, AT.plusSeconds(60), List.of("departmentCode")));

        assertThat(procedures().idsOwnedBy(department)).containsExactly(a.id(), c.id());
        assertThat(procedures().idsOwnedBy(otherDepartment)).containsExactly(b.id());
    }

    @Test
    void every_procedure_is_handed_over_once_in_code_order_however_many_chunks_it_takes() {
        String prefix = uniqueCode("ALL").value();
        List<Procedure> ours = new ArrayList<>();
        for (int i = 519; i >= 0; i--) {
            ours.add(0, added(new ProcedureCode(prefix + "-" + String.format("%04d", i)), new OnlineStatus.NotPlanned(),
                    DAY));
        }
        Set<ProcedureId> ourIds = ours.stream().map(Procedure::id).collect(Collectors.toSet());

        List<Procedure> handed = new ArrayList<>();
        procedures().forEach(handed::add);

        assertThat(handed).extracting(p -> p.code().value()).isSortedAccordingTo(Comparator.naturalOrder())
                .doesNotHaveDuplicates();
        assertThat(handed.stream().filter(p -> ourIds.contains(p.id())).toList())
                .containsExactlyElementsOf(ours);
    }

    @Test
    void a_plan_of_a_fiscal_year_is_found_with_every_status_its_procedures_went_through() {
        Procedure completed = added(new OnlineStatus.Planned(PLAN));
        OnlineStatus done = new OnlineStatus.Completed(LocalDate.of(2091, 1, 10), PLAN, null);
        Procedure completedNow = procedures().update(withStatus(completed, done, 0), 0,
                statusChange(completed.id(), done, 1, AT.plusSeconds(60), LocalDate.of(2091, 1, 10)));
        Procedure postponed = added(new OnlineStatus.Planned(PLAN));
        Procedure postponedNow = procedures().update(withStatus(postponed, new OnlineStatus.Planned(LATER_PLAN), 0), 0,
                statusChange(postponed.id(), new OnlineStatus.Planned(LATER_PLAN), 1, AT.plusSeconds(60), DAY));
        postponedNow = procedures().update(postponedNow.withDetails(details("延期された手続き", department)), 1,
                edit(postponed.id(), 2, AT.plusSeconds(120), List.of("name")));
        Procedure laterOnly = added(new OnlineStatus.Planned(LATER_PLAN));
        Procedure unplanned = added(new OnlineStatus.NotPlanned());
        Set<ProcedureId> ours = Set.of(completed.id(), postponed.id(), laterOnly.id(), unplanned.id());

        Map<ProcedureId, StatusHistory> plan = procedures().plannedFor(PLAN).stream()
                .filter(h -> ours.contains(h.procedure().id()))
                .collect(Collectors.toMap(h -> h.procedure().id(), Function.identity()));

        assertThat(plan).containsOnlyKeys(completed.id(), postponed.id());
        assertThat(plan.get(completed.id())).isEqualTo(new StatusHistory(completedNow,
                List.of(new OnlineStatus.Planned(PLAN), done)));
        assertThat(plan.get(postponed.id())).isEqualTo(new StatusHistory(postponedNow,
                List.of(new OnlineStatus.Planned(PLAN), new OnlineStatus.Planned(LATER_PLAN))));
        assertThat(procedures().plannedFor(LATER_PLAN)).extracting(h -> h.procedure().id())
                .contains(postponed.id(), laterOnly.id()).doesNotContain(completed.id(), unplanned.id());
    }

    @Test
    void online_procedures_are_counted_by_the_last_status_recorded_that_took_effect_by_the_day() {
        List<LocalDate> days = List.of(LocalDate.of(2090, 5, 31), LocalDate.of(2090, 6, 1), LocalDate.of(2090, 7, 1),
                LocalDate.of(2090, 8, 31), LocalDate.of(2090, 9, 1));
        Map<LocalDate, Long> before = days.stream()
                .collect(Collectors.toMap(Function.identity(), procedures()::countOnlineOn));
        Procedure planned = added(uniqueCode("ON"), new OnlineStatus.Planned(PLAN), LocalDate.of(2090, 4, 1));
        OnlineStatus completed = new OnlineStatus.Completed(LocalDate.of(2090, 6, 1), PLAN, null);
        procedures().update(withStatus(planned, completed, 0), 0,
                statusChange(planned.id(), completed, 1, AT.plusSeconds(60), LocalDate.of(2090, 6, 1)));
        OnlineStatus abolished = new OnlineStatus.Abolished(LocalDate.of(2090, 9, 1), null);
        procedures().update(withStatus(planned, abolished, 1), 1,
                statusChange(planned.id(), abolished, 2, AT.plusSeconds(120), LocalDate.of(2090, 9, 1)));
        added(uniqueCode("ON"), new OnlineStatus.Completed(LocalDate.of(2090, 7, 1), null, null),
                LocalDate.of(2090, 7, 1));

        Map<LocalDate, Long> added = days.stream()
                .collect(Collectors.toMap(Function.identity(), d -> procedures().countOnlineOn(d) - before.get(d)));

        assertThat(added).isEqualTo(Map.of(LocalDate.of(2090, 5, 31), 0L, LocalDate.of(2090, 6, 1), 1L,
                LocalDate.of(2090, 7, 1), 2L, LocalDate.of(2090, 8, 31), 2L, LocalDate.of(2090, 9, 1), 1L));
    }
}
