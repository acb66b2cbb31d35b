package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.ProcedureEvents;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.event.ProcedureEvent;
import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.ChangeKind;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateProcedureCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusChange;
import org.madoguchi.procedures.domain.model.UnknownDepartment;

/**
 * Records changes of procedures the same way for every use case: the state, its history entry and its
 * event in the caller's transaction, and the search index once that commits.
 */
@ApplicationScoped
class ProcedureRecorder {

    private final Procedures procedures;
    private final Departments departments;
    private final ProcedureEvents events;
    private final SearchDocuments search;
    private final Clock clock;

    ProcedureRecorder(Procedures procedures, Departments departments, ProcedureEvents events, SearchDocuments search,
            Clock clock) {
        this.procedures = procedures;
        this.departments = departments;
        this.events = events;
        this.search = search;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void requireDepartment(DepartmentCode code) {
        if (departments.find(code).isEmpty()) {
            throw new UnknownDepartment(code.value());
        }
    }

    /** Registers a new procedure; fails on a taken code. */
    Procedure register(ProcedureCode code, ProcedureDetails details, FiscalYear plannedFor, Author by, boolean index) {
        if (procedures.findByCode(code).isPresent()) {
            throw new DuplicateProcedureCode(code);
        }
        return registerNew(code, details, plannedFor, by, index);
    }

    /** Registers a procedure whose code the caller knows to be free (the store still refuses a taken one). */
    Procedure registerNew(ProcedureCode code, ProcedureDetails details, FiscalYear plannedFor, Author by,
            boolean index) {
        Instant at = now();
        Procedure procedure = Procedure.register(ProcedureId.random(), code, details, plannedFor);
        Procedure stored = procedures.add(procedure, new ProcedureChange(procedure.id(), ChangeKind.REGISTERED, at, by,
                List.of(), procedure.status(), procedure.status().effectiveOn(today()), 0));
        events.publish(new ProcedureEvent.ProcedureRegistered(stored, by, at));
        if (index) {
            search.reindex(List.of(stored));
        }
        return stored;
    }

    /** Stores new details, if any differ; returns the procedure as stored. */
    Procedure edit(Procedure current, ProcedureDetails details, Author by, boolean index) {
        Set<String> changed = current.changesTo(details);
        if (changed.isEmpty()) {
            return current;
        }
        Instant at = now();
        Procedure edited = current.withDetails(details);
        Procedure stored = procedures.update(edited, current.version(), new ProcedureChange(current.id(),
                ChangeKind.EDITED, at, by, new ArrayList<>(changed), null, null, current.version() + 1));
        events.publish(new ProcedureEvent.ProcedureChanged(stored, List.copyOf(changed), by, at));
        if (index) {
            search.reindex(List.of(stored));
        }
        return stored;
    }

    /** Applies a status change along the rules; returns the procedure as stored. */
    Procedure changeStatus(Procedure current, StatusChange change, Author by, boolean index) {
        Procedure moved = current.changeStatus(change, today());
        return storeStatus(current, moved, by, index);
    }

    private Procedure storeStatus(Procedure current, Procedure moved, Author by, boolean index) {
        Instant at = now();
        OnlineStatus status = moved.status();
        Procedure stored = procedures.update(moved, current.version(), new ProcedureChange(current.id(),
                ChangeKind.STATUS_CHANGED, at, by, List.of(), status, status.effectiveOn(today()),
                current.version() + 1));
        events.publish(new ProcedureEvent.ProcedureStatusChanged(stored, current.status(), by, at));
        if (index) {
            search.reindex(List.of(stored));
        }
        return stored;
    }

    /** Indexes procedures changed without indexing each (imports), once the transaction commits. */
    void reindex(List<Procedure> changed) {
        search.reindex(changed);
    }
}
