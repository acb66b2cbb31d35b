package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.NotPermitted;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StaleVersion;
import org.madoguchi.procedures.domain.model.UnknownDepartment;

/** What every form use case checks and does alike. */
@ApplicationScoped
class FormRecorder {

    private final Departments departments;
    private final Procedures procedures;
    private final SearchDocuments search;
    private final Clock clock;

    FormRecorder(Departments departments, Procedures procedures, SearchDocuments search, Clock clock) {
        this.departments = departments;
        this.procedures = procedures;
        this.search = search;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The form as stored, if the actor may maintain it and has read its current version.
     *
     * @throws NotFound     when there is no such form
     * @throws NotPermitted when the actor may not maintain the form's department
     * @throws StaleVersion when the form changed since the actor read it
     */
    static Form loadForChange(Forms forms, FormId id, long expectedVersion, Actor actor) {
        Form current = forms.find(id).orElseThrow(() -> new NotFound(NotFound.What.FORM, id.toString()));
        actor.requireMayMaintain(current.department());
        StaleVersion.requireSame(expectedVersion, current.version());
        return current;
    }

    void requireDepartment(DepartmentCode code) {
        if (departments.find(code).isEmpty()) {
            throw new UnknownDepartment(code.value());
        }
    }

    /**
     * Throws unless every procedure the content links exists, and the actor may maintain every
     * procedure whose link the change makes or removes.
     *
     * @param actor   who changes the form
     * @param before  the procedures the form serves now; empty for a new form
     * @param content what the form will say
     * @throws InvalidInput when a linked procedure does not exist
     * @throws NotPermitted when a procedure linked or unlinked belongs to a department the actor may not maintain
     */
    void requireProcedures(Actor actor, Set<ProcedureId> before, FormContent content) {
        Set<ProcedureId> changed = new HashSet<>(content.procedures());
        changed.addAll(before);
        changed.removeIf(id -> before.contains(id) && content.procedures().contains(id));
        Map<ProcedureId, Procedure> found = procedures.findAll(changed);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        int i = 0;
        for (ProcedureId id : content.procedures()) {
            if (changed.contains(id) && !found.containsKey(id)) {
                errors.add("procedureIds[" + i + "]", "unknown-procedure", id.toString());
            }
            i++;
        }
        errors.throwIfAny();
        for (Procedure procedure : found.values()) {
            actor.requireMayMaintain(procedure.department());
        }
    }

    /** Re-indexes the procedures a form served before and serves now, once the transaction commits. */
    void reindex(Set<ProcedureId> before, Set<ProcedureId> after) {
        Set<ProcedureId> affected = new HashSet<>(before);
        affected.addAll(after);
        if (!affected.isEmpty()) {
            search.reindex(new ArrayList<>(procedures.findAll(affected).values()));
        }
    }

    static Set<ProcedureId> none() {
        return Set.of();
    }
}
