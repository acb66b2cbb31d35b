package org.madoguchi.procedures.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;
import org.madoguchi.procedures.application.port.in.CloseFormCommand;
import org.madoguchi.procedures.application.port.in.CreateFormCommand;
import org.madoguchi.procedures.application.port.in.EditFormCommand;
import org.madoguchi.procedures.application.port.in.EditProcedureCommand;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;
import org.madoguchi.procedures.application.port.in.ImportProceduresUseCase.ImportReport;
import org.madoguchi.procedures.application.port.in.PublishFormCommand;
import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand;
import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand.ProcedureInput;
import org.madoguchi.procedures.application.port.out.InMemoryDepartments;
import org.madoguchi.procedures.application.port.out.InMemoryFormEvents;
import org.madoguchi.procedures.application.port.out.InMemoryForms;
import org.madoguchi.procedures.application.port.out.InMemoryProcedureEvents;
import org.madoguchi.procedures.application.port.out.InMemoryProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.InMemoryProcedures;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.event.ProcedureEvent;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FieldDefinition;
import org.madoguchi.procedures.domain.model.FieldType;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.NotPermitted;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.StaleVersion;
import org.madoguchi.procedures.domain.model.StatusKind;
import org.madoguchi.procedures.domain.model.UnknownDepartment;

/** The use cases on in-memory out-ports: permissions, versions, events, and the all-or-nothing import. */
class RegistryUseCasesTest {

    private static final Actor ADMIN = new Actor("a", "admin", true, true, Optional.empty());
    private static final Actor KENKO = new Actor("k", "kenko", false, true,
            Optional.of(new DepartmentCode("kenko-kosodate")));

    private final Clock clock = Clock.fixed(Instant.parse("2023-03-31T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private final InMemoryDepartments departments = new InMemoryDepartments();
    private final InMemoryProcedures procedures = new InMemoryProcedures();
    private final InMemoryForms forms = new InMemoryForms();
    private final InMemoryProcedureEvents procedureEvents = new InMemoryProcedureEvents();
    private final InMemoryFormEvents formEvents = new InMemoryFormEvents();
    private final InMemoryProcedureSearchIndex index = new InMemoryProcedureSearchIndex();
    private final SearchDocuments documents = new SearchDocuments(departments, forms, procedures, index);
    private final ProcedureHistory history = new ProcedureHistory(procedures, procedureEvents, documents, clock);
    private final ServedProcedures servedProcedures = new ServedProcedures(procedures, documents);
    private final RegisterProcedureService register = new RegisterProcedureService(procedures, departments, history);
    private final EditProcedureService edit = new EditProcedureService(procedures, departments, history);
    private final ImportProceduresService importer = new ImportProceduresService(procedures, departments, forms,
            history, new TransactionTimeouts(Duration.ofMinutes(10), Duration.ofMinutes(30)), clock);

    RegistryUseCasesTest() {
        for (String[] d : new String[][] { { "somu", "総務課" }, { "kenko-kosodate", "健康・子育て推進課" },
                { "shiminzei", "市民税課" } }) {
            departments.save(new Department(new DepartmentCode(d[0]), d[1], d[0] + " division", null, 10));
        }
    }

    private static ProcedureInput input(String name, String department) {
        return new ProcedureInput(name, "にんしんとどけ", department, "届出", null, null, null);
    }

    private static ImportProceduresCommand.Line row(long line, String code, String name, String kana,
            String department, StatusKind status, String fiscalYear, String completedOn) {
        return new ImportProceduresCommand.Line(line, new ProcedureCode(code), name, kana, department, "申請", null,
                null, null, null, null, null, null, status, fiscalYear == null ? null : FiscalYear.parse(fiscalYear),
                completedOn == null ? null : LocalDate.parse(completedOn), null, null, null, null, List.of());
    }

    private ImportReport importAll(List<ImportProceduresCommand.Line> rows, Actor actor) {
        return importer.importInTransaction(new ImportProceduresCommand(rows, actor,
                ImportProceduresCommand.Encoding.UTF_8));
    }

    @Test
    void staff_register_for_their_department_and_the_registration_is_announced_and_indexed() {
        Procedure procedure = register.register(RegisterProcedureCommand.of("R4-KENKO-01",
                input("妊娠届", "kenko-kosodate"), "令和4年度", KENKO));

        assertThat(procedure.status().kind()).isEqualTo(StatusKind.PLANNED);
        assertThat(procedureEvents.published()).singleElement()
                .isInstanceOf(ProcedureEvent.ProcedureRegistered.class);
        assertThat(index.documents()).containsKey(procedure.id().toString());
        assertThat(procedures.history(procedure.id())).singleElement()
                .satisfies(c -> assertThat(c.by().username()).isEqualTo("kenko"));
    }

    @Test
    void staff_of_another_department_and_unknown_departments_are_refused_with_nothing_recorded() {
        assertThatThrownBy(() -> register.register(RegisterProcedureCommand.of("Z-1", input("市税期限延長申請",
                "shiminzei"), null, KENKO))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> register.register(RegisterProcedureCommand.of("Z-2", input("名前", "no-such"), null,
                ADMIN))).isInstanceOf(UnknownDepartment.class);

        assertThat(procedures.stored()).isEmpty();
        assertThat(procedureEvents.published()).isEmpty();
    }

    @Test
    void an_edit_from_a_stale_copy_is_refused_and_an_edit_that_changes_nothing_announces_nothing() {
        Procedure procedure = register.register(RegisterProcedureCommand.of("R4-KENKO-02", input("妊娠届",
                "kenko-kosodate"), null, ADMIN));
        edit.edit(EditProcedureCommand.of(procedure.id(), 0, input("妊娠届出", "kenko-kosodate"), KENKO));

        assertThatThrownBy(() -> edit.edit(EditProcedureCommand.of(procedure.id(), 0, input("別名", "kenko-kosodate"),
                ADMIN))).isInstanceOf(StaleVersion.class);
        Procedure unchanged = edit.edit(EditProcedureCommand.of(procedure.id(), 1, input("妊娠届出", "kenko-kosodate"),
                ADMIN));

        assertThat(unchanged.version()).isEqualTo(1);
        assertThat(procedureEvents.published()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ProcedureRegistered", "ProcedureChanged");
    }

    @Test
    void an_import_with_a_bad_line_writes_nothing_and_names_every_bad_field() {
        List<ImportProceduresCommand.Line> rows = List.of(
                row(2, "A-1", "正しい行", "ただしいぎょう", "somu", StatusKind.PLANNED, "2030", null),
                row(3, "A-2", "課が違う", "かがちがう", "不明課", StatusKind.NOT_PLANNED, null, null),
                row(4, "A-3", "", "かな", "somu", StatusKind.COMPLETED, null, null));

        assertThatThrownBy(() -> importAll(rows, ADMIN)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::field)
                        .containsExactly("lines[3].department", "lines[4].name", "lines[4].completedOn"));
        assertThat(procedures.stored()).isEmpty();
        assertThat(procedureEvents.published()).isEmpty();
    }

    @Test
    void an_import_is_keyed_by_code_so_the_same_file_twice_changes_nothing() {
        List<ImportProceduresCommand.Line> rows = List.of(
                row(2, "B-1", "妊娠届", "にんしんとどけ", "健康・子育て推進課", StatusKind.COMPLETED, "令和4年度",
                        "2022-10-01"),
                row(3, "B-2", "犬の登録", "いぬのとうろく", "somu", StatusKind.NOT_PLANNED, null, null));

        ImportReport first = importAll(rows, ADMIN);
        int events = procedureEvents.published().size();
        ImportReport second = importAll(rows, ADMIN);

        assertThat(first).isEqualTo(new ImportReport(2, 2, 0, 0, 0));
        assertThat(second).isEqualTo(new ImportReport(2, 0, 0, 0, 2));
        assertThat(procedureEvents.published()).hasSize(events);
        assertThat(events).isEqualTo(3);
        assertThat(procedures.countOnlineOn(LocalDate.of(2022, 9, 30))).isZero();
        assertThat(procedures.countOnlineOn(LocalDate.of(2022, 10, 1))).isEqualTo(1);
    }

    @Test
    void editing_a_published_form_announces_the_new_version_with_its_fields() {
        CreateFormService create = new CreateFormService(forms, departments, servedProcedures, clock);
        PublishFormService publish = new PublishFormService(forms, formEvents, servedProcedures, clock);
        CloseFormService close = new CloseFormService(forms, formEvents, servedProcedures, clock);
        EditFormService editForm = new EditFormService(forms, formEvents, servedProcedures, clock);
        FormContent first = new FormContent("アンケート", null, null, null, List.of(new FieldDefinition("q1", "質問",
                null, FieldType.LONG_TEXT, false, null, 400, null, null)), true, null, null, Set.of(), null, null);
        Form draft = create.create(new CreateFormCommand(FormKind.SURVEY, new DepartmentCode("somu"), first, ADMIN));
        Form published = publish.publish(new PublishFormCommand(draft.id(), 0, ADMIN));

        Form second = editForm.edit(new EditFormCommand(draft.id(), published.version(), new FormContent(
                "アンケート（改）", null, null, null, first.fields(), true, null, null, Set.of(), null, null), ADMIN));

        assertThat(second.currentVersion()).isEqualTo(2);
        assertThat(formEvents.published()).hasSize(2).allSatisfy(e -> assertThat(e)
                .isInstanceOf(FormEvent.FormPublished.class));
        assertThat(formEvents.published().get(1).form().content().title()).isEqualTo("アンケート（改）");
        assertThat(forms.version(draft.id(), 1)).hasValueSatisfying(v -> assertThat(v.content().title())
                .isEqualTo("アンケート"));
        assertThatThrownBy(() -> close.close(new CloseFormCommand(draft.id(), 0, ADMIN)))
                .isInstanceOf(StaleVersion.class);
    }
}
