package org.madoguchi.procedures.application.service;

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
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusChange;
import org.madoguchi.procedures.domain.model.StatusKind;

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
    private final ProcedureRecorder recorder;
    private final TransactionTimeouts timeouts;

    ImportProceduresService(Procedures procedures, Departments departments, Forms forms, ProcedureRecorder recorder,
            TransactionTimeouts timeouts) {
        this.procedures = procedures;
        this.departments = departments;
        this.forms = forms;
        this.recorder = recorder;
        this.timeouts = timeouts;
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
        List<ProcedureRows.Parsed> parsed = read(command.lines(), linkedForms, errors);
        Map<ProcedureCode, Procedure> existing = procedures.findByCodes(
                parsed.stream().map(ProcedureRows.Parsed::code).toList());
        List<Plan> plans = new ArrayList<>();
        for (ProcedureRows.Parsed line : parsed) {
            Plan plan = plan(line, existing.get(line.code()), command.actor(), command.encoding(), linkedForms,
                    errors);
            if (plan != null) {
                plans.add(plan);
            }
        }
        errors.throwIfAny();
        return apply(command.lines().size(), plans, command.actor().author());
    }

    private List<ProcedureRows.Parsed> read(List<ImportProceduresCommand.Line> rows, Map<FormId, Form> linkedForms,
            InvalidInput.Collector errors) {
        Map<String, Department> byKey = new HashMap<>();
        for (Department department : departments.all()) {
            byKey.put(department.code().value(), department);
            byKey.put(department.name(), department);
        }
        List<ProcedureRows.Parsed> parsed = new ArrayList<>(rows.size());
        Set<ProcedureCode> seen = new HashSet<>();
        for (ImportProceduresCommand.Line row : rows) {
            ProcedureRows.Parsed line = ProcedureRows.parse(row, byKey::get, errors);
            if (line == null) {
                continue;
            }
            if (!seen.add(line.code())) {
                errors.add("lines[" + row.number() + "].code", "duplicate-code-in-file", line.code().value());
                continue;
            }
            FormId formId = line.target().form();
            if (formId != null) {
                Form form = linkedForms.containsKey(formId) ? linkedForms.get(formId) : forms.find(formId).orElse(null);
                if (form == null) {
                    errors.add("lines[" + row.number() + "].formId", "unknown-form");
                    continue;
                }
                linkedForms.put(formId, form);
            }
            parsed.add(line);
        }
        return parsed;
    }

    /** The steps that bring a procedure where its line asks, tried on the domain; {@code null} when a rule is broken. */
    private Plan plan(ProcedureRows.Parsed line, Procedure current, Actor actor, Encoding encoding,
            Map<FormId, Form> linkedForms, InvalidInput.Collector errors) {
        String at = "lines[" + line.line() + "]";
        if (!actor.mayMaintain(line.details().department())
                || (current != null && !actor.mayMaintain(current.department()))) {
            errors.add(at + ".department", "not-permitted-for-department", line.details().department().value());
            return null;
        }
        ProcedureRows.Target target = line.target();
        ProcedureDetails details = current == null ? line.details()
                : keptAsStored(line.details(), current.details(), encoding);
        FiscalYear initialPlan = null;
        Procedure simulated;
        boolean edit = false;
        if (current == null) {
            initialPlan = target.kind() == StatusKind.NOT_PLANNED ? null : target.fiscalYear();
            simulated = Procedure.register(ProcedureId.random(), line.code(), details, initialPlan);
        } else {
            edit = !current.changesTo(details).isEmpty();
            simulated = current.withDetails(details);
        }
        List<StatusChange> changes = new ArrayList<>();
        try {
            if (!target.reachedBy(simulated.status())) {
                for (StatusChange change : path(simulated.status(), target)) {
                    simulated = simulated.changeStatus(change, recorder.today());
                    changes.add(change);
                }
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

    private static List<StatusChange> path(OnlineStatus from, ProcedureRows.Target target) {
        boolean plannedForTarget = from instanceof OnlineStatus.Planned planned
                && planned.fiscalYear().equals(target.fiscalYear());
        List<StatusChange> path = new ArrayList<>();
        switch (target.kind()) {
            case NOT_PLANNED -> throw new InvalidStatusTransition(from.kind(), StatusKind.NOT_PLANNED);
            case PLANNED -> path.add(new StatusChange.Plan(target.fiscalYear()));
            case COMPLETED -> {
                if (target.fiscalYear() != null && !plannedForTarget) {
                    path.add(new StatusChange.Plan(target.fiscalYear()));
                }
                path.add(new StatusChange.Complete(target.on(), target.form()));
            }
            case REVISED -> {
                if (!plannedForTarget) {
                    path.add(new StatusChange.Plan(target.fiscalYear()));
                }
                path.add(new StatusChange.Revise(target.reason(), target.note()));
            }
            case ABOLISHED -> path.add(new StatusChange.Abolish(target.on(), target.note()));
        }
        return path;
    }

    private ImportReport apply(int rows, List<Plan> plans, Author by) {
        int registered = 0;
        int edited = 0;
        int statusChanged = 0;
        int unchanged = 0;
        List<Procedure> changed = new ArrayList<>();
        for (Plan plan : plans) {
            Procedure procedure = plan.current();
            if (procedure == null) {
                procedure = recorder.registerNew(plan.line().code(), plan.details(), plan.initialPlan(),
                        by, false);
                registered++;
            } else if (plan.edit()) {
                procedure = recorder.edit(procedure, plan.details(), by, false);
                edited++;
            }
            for (StatusChange change : plan.changes()) {
                procedure = recorder.changeStatus(procedure, change, by, false);
            }
            if (plan.current() != null && !plan.changes().isEmpty()) {
                statusChanged++;
            }
            if (plan.current() != null && !plan.edit() && plan.changes().isEmpty()) {
                unchanged++;
            } else {
                changed.add(procedure);
            }
        }
        for (int from = 0; from < changed.size(); from += 500) {
            recorder.reindex(changed.subList(from, Math.min(changed.size(), from + 500)));
        }
        return new ImportReport(rows, registered, edited, statusChanged, unchanged);
    }

    private record Plan(ProcedureRows.Parsed line, ProcedureDetails details, Procedure current, FiscalYear initialPlan, boolean edit,
            List<StatusChange> changes) {
    }
}
