package org.madoguchi.procedures.domain.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where staff state a procedure's status to be, as far as they state it (a line of an import): a kind,
 * with the fiscal year of its plan when given, the day of a completion or abolition, the form of a
 * completion, the reason and note of a revision. A procedure already there stays as it is; one elsewhere
 * gets there by the {@linkplain #stepsFrom steps} the rules of {@link Procedure#changeStatus} allow.
 *
 * @param kind       the kind of status
 * @param fiscalYear its plan's fiscal year; for a completion, optional
 * @param on         day of a completion or abolition
 * @param form       form of a completion, optional
 * @param reason     reason of a revision
 * @param note       note of a revision or abolition, optional
 */
public record StatusTarget(StatusKind kind, FiscalYear fiscalYear, LocalDate on, FormId form, RevisionReason reason,
        String note) {

    public StatusTarget {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The plan a procedure registered to reach this target starts in: the target's fiscal year, if it
     * names one and is not "not planned"; {@code null} for none.
     */
    public FiscalYear planOfNewProcedure() {
        return kind == StatusKind.NOT_PLANNED ? null : fiscalYear;
    }

    /** Whether a procedure in {@code status} is already where this target says. */
    public boolean isReachedBy(OnlineStatus status) {
        if (status.kind() != kind) {
            return false;
        }
        if (status instanceof OnlineStatus.Planned planned) {
            return planned.fiscalYear().equals(fiscalYear);
        }
        if (status instanceof OnlineStatus.Completed completed) {
            return completed.on().equals(on) && (form == null || form.equals(completed.form()))
                    && (fiscalYear == null || fiscalYear.equals(completed.fiscalYear()));
        }
        if (status instanceof OnlineStatus.Revised revised) {
            return revised.reason() == reason && sameNote(revised.note(), note)
                    && (fiscalYear == null || fiscalYear.equals(revised.fiscalYear()));
        }
        if (status instanceof OnlineStatus.Abolished abolished) {
            return abolished.on().equals(on) && sameNote(abolished.note(), note);
        }
        return true;
    }

    /**
     * The status changes that lead from {@code from} here, none when it is reached already: a completion
     * or revision of a plan for its fiscal year plans for that year first unless it is planned for it.
     * {@link Procedure#changeStatus} still decides whether each step is allowed.
     *
     * @throws InvalidStatusTransition when the target is "not planned", to which nothing leads
     */
    public List<StatusChange> stepsFrom(OnlineStatus from) {
        if (isReachedBy(from)) {
            return List.of();
        }
        boolean plannedForTarget = from instanceof OnlineStatus.Planned planned
                && planned.fiscalYear().equals(fiscalYear);
        List<StatusChange> steps = new ArrayList<>();
        switch (kind) {
            case NOT_PLANNED -> throw new InvalidStatusTransition(from.kind(), StatusKind.NOT_PLANNED);
            case PLANNED -> steps.add(new StatusChange.Plan(fiscalYear));
            case COMPLETED -> {
                if (fiscalYear != null && !plannedForTarget) {
                    steps.add(new StatusChange.Plan(fiscalYear));
                }
                steps.add(new StatusChange.Complete(on, form));
            }
            case REVISED -> {
                if (!plannedForTarget) {
                    steps.add(new StatusChange.Plan(fiscalYear));
                }
                steps.add(new StatusChange.Revise(reason, note));
            }
            case ABOLISHED -> steps.add(new StatusChange.Abolish(on, note));
        }
        return steps;
    }

    private static boolean sameNote(String stored, String stated) {
        return (stored == null || stored.isBlank()) ? (stated == null || stated.isBlank())
                : stored.equals(stated == null ? null : stated.strip());
    }
}
