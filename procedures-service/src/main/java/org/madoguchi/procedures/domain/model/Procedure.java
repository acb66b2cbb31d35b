package org.madoguchi.procedures.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * 手続き: an administrative procedure of the city, owned by one department, with its online-ization
 * status. The status moves only along the rules of {@link #changeStatus}:
 * <pre>
 * not planned ──► planned(FY) ──► completed ──► abolished
 *      │            │   ▲ └──► revised ──► planned(later FY)
 *      │            └───┘ postponed to a later FY
 *      └──► completed (already online), abolished; every status but abolished ──► abolished
 * </pre>
 *
 * @param id      identity
 * @param code    stable code
 * @param details what staff write about it
 * @param status  where it stands on its way online
 * @param version optimistic-locking version; grows by one with every stored change
 */
public record Procedure(ProcedureId id, ProcedureCode code, ProcedureDetails details, OnlineStatus status,
        long version) {

    public Procedure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
    }

    /** A new procedure, in no plan or planned for a fiscal year. */
    public static Procedure register(ProcedureId id, ProcedureCode code, ProcedureDetails details,
            FiscalYear plannedFor) {
        OnlineStatus initial = plannedFor == null ? new OnlineStatus.NotPlanned() : new OnlineStatus.Planned(plannedFor);
        return new Procedure(id, code, details, initial, 0);
    }

    public DepartmentCode department() {
        return details.department();
    }

    /**
     * Throws unless the actor may maintain the procedure and changes the version they read.
     *
     * @throws NotPermitted when the actor may not maintain the procedure's department
     * @throws StaleVersion when the procedure changed since the actor read it
     */
    public void requireChangeableBy(Actor actor, long readVersion) {
        actor.requireMayMaintain(department());
        StaleVersion.requireSame(readVersion, version);
    }

    /** The procedure with new details; {@link #changesTo} tells which fields differ. */
    public Procedure withDetails(ProcedureDetails changed) {
        return new Procedure(id, code, changed, status, version);
    }

    /** Names of the fields that the given details would change. */
    public Set<String> changesTo(ProcedureDetails changed) {
        return details.differencesTo(changed);
    }

    /**
     * Applies a status change, if the rules allow it from the current status.
     *
     * @param change what staff ask for
     * @param today  today in the city's time zone: completions and abolitions cannot lie in the future
     * @throws InvalidStatusTransition when the rules do not allow it
     * @throws InvalidInput            when a date lies in the future or a reason needs a note
     */
    public Procedure changeStatus(StatusChange change, LocalDate today) {
        OnlineStatus next;
        if (change instanceof StatusChange.Plan plan) {
            next = plan(plan.fiscalYear());
        } else if (change instanceof StatusChange.Complete complete) {
            next = complete(complete, today);
        } else if (change instanceof StatusChange.Revise revise) {
            next = revise(revise);
        } else {
            next = abolish((StatusChange.Abolish) change, today);
        }
        return new Procedure(id, code, details, next, version);
    }

    private OnlineStatus plan(FiscalYear fiscalYear) {
        boolean allowed = status instanceof OnlineStatus.NotPlanned
                || (status instanceof OnlineStatus.Planned planned && fiscalYear.compareTo(planned.fiscalYear()) > 0)
                || (status instanceof OnlineStatus.Revised revised && fiscalYear.compareTo(revised.fiscalYear()) > 0);
        if (!allowed) {
            throw new InvalidStatusTransition(status.kind(), StatusKind.PLANNED);
        }
        return new OnlineStatus.Planned(fiscalYear);
    }

    private OnlineStatus complete(StatusChange.Complete complete, LocalDate today) {
        FiscalYear plan;
        if (status instanceof OnlineStatus.NotPlanned) {
            plan = null;
        } else if (status instanceof OnlineStatus.Planned planned) {
            plan = planned.fiscalYear();
        } else {
            throw new InvalidStatusTransition(status.kind(), StatusKind.COMPLETED);
        }
        if (complete.on().isAfter(today)) {
            throw InvalidInput.of("completedOn", "date-in-future");
        }
        return new OnlineStatus.Completed(complete.on(), plan, complete.form());
    }

    private OnlineStatus revise(StatusChange.Revise revise) {
        if (!(status instanceof OnlineStatus.Planned planned)) {
            throw new InvalidStatusTransition(status.kind(), StatusKind.REVISED);
        }
        return new OnlineStatus.Revised(planned.fiscalYear(), revise.reason(), revise.note());
    }

    private OnlineStatus abolish(StatusChange.Abolish abolish, LocalDate today) {
        if (status instanceof OnlineStatus.Abolished) {
            throw new InvalidStatusTransition(status.kind(), StatusKind.ABOLISHED);
        }
        if (abolish.on().isAfter(today)) {
            throw InvalidInput.of("abolishedOn", "date-in-future");
        }
        return new OnlineStatus.Abolished(abolish.on(), abolish.note());
    }
}
