package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand.Encoding;
import org.madoguchi.procedures.application.port.in.ImportProceduresUseCase;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.InvalidStatusTransition;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusChange;
import org.madoguchi.procedures.domain.model.StatusTarget;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports procedures from CSV lines in three passes: read every line, plan every change on the domain
 * (so that a broken rule is found before anything is written), then write all in one transaction, which
 * starts here and may take as long as {@link TransactionTimeouts#csvImport()}.
 */
@ApplicationScoped
class ImportProceduresService implements ImportProceduresUseCase {

    private final Procedures procedures;
    private final Departments departments;
    private final Forms forms;
    private final ProcedureHistory history;
    private final TransactionTimeouts timeouts;
    private final Clock clock;

    ImportProceduresService(Procedures procedures, Departments departments, Forms forms, ProcedureHistory history,
            TransactionTimeouts timeouts, Clock clock) {
        this.procedures = procedures;
        this.departments = departments;
        this.forms = forms;
        this.history = history;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    @Override
    public ImportReport importProcedures(ImportProceduresCommand command) {
        return QuarkusTransaction.requiringNew().timeout((int) timeouts.csvImport().toSeconds())
                .call(() -> importInTransaction(command));
    }

    /** The import inside the current transaction: all of it, or nothing when a line is bad. */
    ImportReport importInTransaction(ImportProceduresCommand command) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Map<FormId, Form> linkedForms = new HashMap<>();
        List<CheckedImportLine> checked = read(command.lines(), linkedForms, errors);
        Map<ProcedureCode, Procedure> existing = procedures.findByCodes(
                checked.stream().map(CheckedImportLine::code).toList());
        List<Plan> plans = new ArrayList<>();
        for (CheckedImportLine line : checked) {
            Plan plan = plan(line, existing.get(line.code()), command.actor(), command.encoding(), linkedForms,
                    errors);
            if (plan != null) {
                plans.add(plan);
            }
        }
        errors.throwIfAny();
        return apply(command.lines().size(), plans, command.actor().author());
    }

    private List<CheckedImportLine> read(List<ImportProceduresCommand.Line> lines, Map<FormId, Form> linkedForms,
            InvalidInput.Collector errors) {
        Map<String, Department> byKey = new HashMap<>();
        for (Department department : departments.all()) {
            byKey.put(department.code().value(), department);
            byKey.put(department.name(), department);
        }
        List<CheckedImportLine> checked = new ArrayList<>(lines.size());
        Set<ProcedureCode> seen = new HashSet<>();
        for (ImportProceduresCommand.Line read : lines) {
            CheckedImportLine line = CheckedImportLine.check(read, byKey::get, errors);
            if (line == null) {
                continue;
            }
            if (!seen.add(line.code())) {
                errors.add("lines[" + line.number() + "].code", "duplicate-code-in-file", line.code().value());
                continue;
            }
            FormId formId = line.target().form();
            if (formId != null) {
                Form form = linkedForms.containsKey(formId) ? linkedForms.get(formId) : forms.find(formId).orElse(null);
                if (form == null) {
                    errors.add("lines[" + line.number() + "].formId", "unknown-form");
                    continue;
                }
                linkedForms.put(formId, form);
            }
            checked.add(line);
        }
        return checked;
    }

    /** The steps that bring a procedure where its line asks, tried on the domain; {@code null} when a rule is broken. */
    private Plan plan(CheckedImportLine line, Procedure current, Actor actor, Encoding encoding,
            Map<FormId, Form> linkedForms, InvalidInput.Collector errors) {
        String at = "lines[" + line.number() + "]";
        if (!actor.mayMaintain(line.details().department())
                || (current != null && !actor.mayMaintain(current.department()))) {
            errors.add(at + ".department", "not-permitted-for-department", line.details().department().value());
            return null;
        }
        StatusTarget target = line.target();
        ProcedureDetails details = current == null ? line.details()
                : keptAsStored(line.details(), current.details(), encoding);
        FiscalYear initialPlan = null;
        Procedure simulated;
        boolean edit = false;
        if (current == null) {
            initialPlan = target.planOfNewProcedure();
            simulated = Procedure.register(ProcedureId.random(), line.code(), details, initialPlan);
        } else {
            edit = !current.changesTo(details).isEmpty();
            simulated = current.withDetails(details);
        }
        List<StatusChange> changes = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        try {
            for (StatusChange change : target.stepsFrom(simulated.status())) {
                simulated = simulated.changeStatus(change, today);
                changes.add(change);
            }
        } catch (InvalidStatusTransition invalid) {
            errors.add(at + ".status", "invalid-status-transition", invalid.from().name(), invalid.to().name());
            return null;
        } catch (InvalidInput invalid) {
            invalid.violations().forEach(v -> errors.add(at + "." + v.field(), v.code(), v.arguments().toArray()));
            return null;
        }
        for (StatusChange change : changes) {
            if (change instanceof StatusChange.Complete complete && complete.form() != null
                    && !formMayRecord(linkedForms.get(complete.form()), current, actor, at, errors)) {
                return null;
            }
        }
        return new Plan(line, details, current, initialPlan, edit, changes);
    }

    /**
     * The details a line asks for, where a text that the file's encoding carries just as it carries the
     * stored text is the stored text (a Shift_JIS file turns 〜 into ～; importing it changes nothing).
     */
    private static ProcedureDetails keptAsStored(ProcedureDetails read, ProcedureDetails stored, Encoding encoding) {
        if (encoding == Encoding.UTF_8) {
            return read;
        }
        SealReview review = read.sealReview();
        if (review != null && stored.sealReview() != null) {
            review = new SealReview(review.sealRequired(), review.paperRequired(), review.inPersonRequired(),
                    review.outcome(), kept(review.keptReason(), stored.sealReview().keptReason(), encoding));
        }
        return new ProcedureDetails(kept(read.name(), stored.name(), encoding), read.kana(), read.department(),
                kept(read.category(), stored.category(), encoding),
                kept(read.description(), stored.description(), encoding),
                kept(read.legalBasis(), stored.legalBasis(), encoding), review);
    }

    private static String kept(String read, String stored, Encoding encoding) {
        return stored != null && read != null && !read.equals(stored) && read.equals(encoding.carried(stored))
                ? stored : read;
    }

    /**
     * Whether a completion may name this form: the actor may maintain the form's department and the
     * form serves the procedure (a procedure the import registers is served by no form yet).
     */
    private static boolean formMayRecord(Form form, Procedure current, Actor actor, String at,
            InvalidInput.Collector errors) {
        if (!actor.mayMaintain(form.department())) {
            errors.add(at + ".formId", "not-permitted-for-form", form.department().value());
            return false;
        }
        if (current == null || !form.content().procedures().contains(current.id())) {
            errors.add(at + ".formId", "form-does-not-serve-procedure");
            return false;
        }
        return true;
    }

    private ImportReport apply(int lines, List<Plan> plans, Author by) {
        LocalDate today = LocalDate.now(clock);
        int registered = 0;
        int edited = 0;
        int statusChanged = 0;
        int unchanged = 0;
        for (Plan plan : plans) {
            Procedure procedure = plan.current();
            if (procedure == null) {
                procedure = history.recordRegistration(Procedure.register(ProcedureId.random(), plan.line().code(),
                        plan.details(), plan.initialPlan()), by);
                registered++;
            } else if (plan.edit()) {
                procedure = history.recordEdit(procedure, procedure.withDetails(plan.details()), by);
                edited++;
            }
            for (StatusChange change : plan.changes()) {
                procedure = history.recordStatusChange(procedure, procedure.changeStatus(change, today), by);
            }
            if (plan.current() != null && !plan.changes().isEmpty()) {
                statusChanged++;
            }
            if (plan.current() != null && !plan.edit() && plan.changes().isEmpty()) {
                unchanged++;
            }
        }
        return new ImportReport(lines, registered, edited, statusChanged, unchanged);
    }

    private record Plan(CheckedImportLine line, ProcedureDetails details, Procedure current, FiscalYear initialPlan,
            boolean edit, List<StatusChange> changes) {
    }
}
