package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.InvalidInput;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;
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

    void requireDepartment(DepartmentCode code) {
        if (departments.find(code).isEmpty()) {
            throw new UnknownDepartment(code.value());
        }
    }

    /** Throws unless every procedure the content links exists. */
    void requireProcedures(FormContent content) {
        Map<ProcedureId, Procedure> found = procedures.findAll(content.procedures());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        int i = 0;
        for (ProcedureId id : content.procedures()) {
            if (!found.containsKey(id)) {
                errors.add("procedureIds[" + i + "]", "unknown-procedure", id.toString());
            }
            i++;
        }
        errors.throwIfAny();
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
