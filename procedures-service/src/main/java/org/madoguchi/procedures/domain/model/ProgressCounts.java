package org.madoguchi.procedures.domain.model;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * The figures of one line of a progress report.
 *
 * @param planned   計画数: procedures in the plan
 * @param completed 完了: went online
 * @param revised   対応見直し: will not go online
 * @param abolished 廃止: abolished before going online
 * @param open      未完了: still planned, or postponed to a later year
 */
public record ProgressCounts(int planned, int completed, int revised, int abolished, int open) {

    public static final ProgressCounts ZERO = new ProgressCounts(0, 0, 0, 0, 0);

    public ProgressCounts {
        if (planned < 0 || completed < 0 || revised < 0 || abolished < 0 || open < 0) {
            throw InvalidInput.of("", "negative-count");
        }
    }

    /** Figures as printed in a report that has no open or abolished column: the rest is whatever is not accounted for. */
    public static ProgressCounts printed(int planned, int completed, int revised) {
        return new ProgressCounts(planned, completed, revised, 0, Math.max(0, planned - completed - revised));
    }

    public ProgressCounts plus(ProgressCounts other) {
        return new ProgressCounts(planned + other.planned, completed + other.completed, revised + other.revised,
                abolished + other.abolished, open + other.open);
    }

    /** The figures with one planned procedure added, counted by what became of it. */
    public ProgressCounts with(PlanOutcome outcome) {
        return switch (outcome) {
            case COMPLETED -> new ProgressCounts(planned + 1, completed + 1, revised, abolished, open);
            case REVISED -> new ProgressCounts(planned + 1, completed, revised + 1, abolished, open);
            case ABOLISHED -> new ProgressCounts(planned + 1, completed, revised, abolished + 1, open);
            case CARRIED_OVER, OPEN -> new ProgressCounts(planned + 1, completed, revised, abolished, open + 1);
        };
    }
}
