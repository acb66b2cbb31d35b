package org.madoguchi.procedures.domain.model;

import java.util.List;
import java.util.Optional;

/**
 * What became of a procedure that was planned to go online in a fiscal year, read from its status
 * history: the status that followed the last plan for that year.
 */
public enum PlanOutcome {
    /** 完了: it went online. */
    COMPLETED,
    /** 対応見直し: it will not go online. */
    REVISED,
    /** 廃止: it was abolished. */
    ABOLISHED,
    /** 繰越: postponed to a later fiscal year. */
    CARRIED_OVER,
    /** 未完了: still planned. */
    OPEN;

    /**
     * The outcome of the plan for {@code fiscalYear}, given the statuses a procedure went through in
     * the order they were recorded; empty when it was never planned for that year.
     */
    public static Optional<Outcome> of(List<OnlineStatus> history, FiscalYear fiscalYear) {
        int lastPlan = -1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i) instanceof OnlineStatus.Planned planned && planned.fiscalYear().equals(fiscalYear)) {
                lastPlan = i;
            }
        }
        if (lastPlan < 0) {
            return Optional.empty();
        }
        if (lastPlan == history.size() - 1) {
            return Optional.of(new Outcome(OPEN, null));
        }
        OnlineStatus next = history.get(lastPlan + 1);
        if (next instanceof OnlineStatus.Completed) {
            return Optional.of(new Outcome(COMPLETED, null));
        }
        if (next instanceof OnlineStatus.Revised revised) {
            return Optional.of(new Outcome(REVISED, revised));
        }
        if (next instanceof OnlineStatus.Abolished) {
            return Optional.of(new Outcome(ABOLISHED, null));
        }
        return Optional.of(new Outcome(CARRIED_OVER, null));
    }

    /**
     * The outcome of one plan.
     *
     * @param kind     what became of it
     * @param revision the revision, with its reason, when it was revised
     */
    public record Outcome(PlanOutcome kind, OnlineStatus.Revised revision) {
    }
}
