package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.ProcedureQueries;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.Viewer;

/** Reads and searches procedures. */
@ApplicationScoped
class ProcedureQueryService implements ProcedureQueries {

    private final Procedures procedures;
    private final Departments departments;
    private final Forms forms;
    private final ProcedureSearchIndex index;
    private final Clock clock;

    ProcedureQueryService(Procedures procedures, Departments departments, Forms forms, ProcedureSearchIndex index,
            Clock clock) {
        this.procedures = procedures;
        this.departments = departments;
        this.forms = forms;
        this.index = index;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProcedureView get(ProcedureId id, Viewer viewer) {
        Procedure procedure = procedures.find(id)
                .filter(p -> viewer == Viewer.STAFF || p.status().isOnline())
                .orElseThrow(() -> new NotFound(NotFound.What.PROCEDURE, id.toString()));
        Department department = departments.find(procedure.department())
                .orElseThrow(() -> new IllegalStateException("procedure " + id + " has no department"));
        Instant now = clock.instant();
        List<Form> serving = forms.servingProcedures(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(f -> viewer == Viewer.STAFF || f.isOpenAt(now))
                .toList();
        return new ProcedureView(procedure, department, serving);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProcedureChange> history(ProcedureId id) {
        if (procedures.find(id).isEmpty()) {
            throw new NotFound(NotFound.What.PROCEDURE, id.toString());
        }
        return procedures.history(id);
    }

    @Override
    public SearchResults search(SearchProceduresQuery query, Viewer viewer) {
        return index.search(query.forViewer(viewer, clock.instant()));
    }
}
