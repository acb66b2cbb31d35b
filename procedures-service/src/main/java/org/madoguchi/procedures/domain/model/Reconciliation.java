package org.madoguchi.procedures.domain.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a printed progress report against itself and against the report the procedure records give.
 * A printed line can say what no set of records can: e.g. 5 planned, 1 completed, 0 revised in a year
 * whose plan was, by the same document, all settled. Such lines are flagged, not corrected.
 *
 * @param fiscalYear the plan's fiscal year
 * @param rows       one check per printed line
 * @param printedTotals the printed 計 line; {@code null} when none was printed
 * @param sumOfRows  the sum of the printed lines
 * @param totalsMismatch the columns whose printed total differs from the sum of the lines
 */
public record Reconciliation(FiscalYear fiscalYear, List<RowCheck> rows, ProgressCounts printedTotals,
        ProgressCounts sumOfRows, Set<Column> totalsMismatch) {

    /** A column of the printed report. */
    public enum Column { PLANNED, COMPLETED, REVISED }

    /** What is wrong with a printed line. */
    public enum Finding {
        /** The plan was to be settled by the year's end, but completed + revised does not add up to planned. */
        UNBALANCED,
        /** The figures differ from those the procedure records give. */
        DIFFERS_FROM_RECORDS,
        /** The registry knows no department of this name. */
        UNKNOWN_DEPARTMENT
    }

    /**
     * The check of one printed line.
     *
     * @param printed      the line as printed
     * @param derived      the line the procedure records give; {@link ProgressCounts#ZERO} when none are planned
     * @param findings     what is wrong with it; empty when nothing is
     * @param unaccounted  planned procedures that neither completed nor revised account for
     */
    public record RowCheck(PublishedProgress.Row printed, ProgressCounts derived, Set<Finding> findings,
            int unaccounted) {

        public RowCheck {
            findings = findings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(findings));
        }
    }

    public Reconciliation {
        rows = List.copyOf(rows);
        totalsMismatch = totalsMismatch.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(totalsMismatch));
    }

    /** Whether the printed report holds together and agrees with the records. */
    public boolean consistent() {
        return totalsMismatch.isEmpty() && rows.stream().allMatch(r -> r.findings().isEmpty());
    }

    /**
     * Checks the printed report.
     *
     * @param published the printed report
     * @param derived   the report the records give for the same year
     * @param today     today: a plan is expected to be settled once its year is over
     */
    public static Reconciliation check(PublishedProgress published, ProgressReport derived, LocalDate today) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(derived, "derived");
        Map<DepartmentCode, ProgressCounts> fromRecords = new HashMap<>();
        derived.rows().forEach(row -> fromRecords.put(row.department().code(), row.counts()));
        boolean yearOver = today.isAfter(published.fiscalYear().lastDay());
        List<RowCheck> checks = new ArrayList<>();
        ProgressCounts sum = ProgressCounts.ZERO;
        for (PublishedProgress.Row row : published.rows()) {
            ProgressCounts printed = row.counts();
            sum = sum.plus(ProgressCounts.printed(printed.planned(), printed.completed(), printed.revised()));
            Set<Finding> findings = EnumSet.noneOf(Finding.class);
            int unaccounted = printed.planned() - printed.completed() - printed.revised();
            if (unaccounted < 0 || (yearOver && unaccounted != 0)) {
                findings.add(Finding.UNBALANCED);
            }
            ProgressCounts records = ProgressCounts.ZERO;
            if (row.department() == null) {
                findings.add(Finding.UNKNOWN_DEPARTMENT);
            } else {
                records = fromRecords.getOrDefault(row.department(), ProgressCounts.ZERO);
                if (records.planned() != printed.planned() || records.completed() != printed.completed()
                        || records.revised() != printed.revised()) {
                    findings.add(Finding.DIFFERS_FROM_RECORDS);
                }
            }
            checks.add(new RowCheck(row, records, findings, unaccounted));
        }
        Set<Column> mismatch = EnumSet.noneOf(Column.class);
        ProgressCounts totals = published.totals();
        if (totals != null) {
            if (totals.planned() != sum.planned()) {
                mismatch.add(Column.PLANNED);
            }
            if (totals.completed() != sum.completed()) {
                mismatch.add(Column.COMPLETED);
            }
            if (totals.revised() != sum.revised()) {
                mismatch.add(Column.REVISED);
            }
        }
        return new Reconciliation(published.fiscalYear(), checks, totals, sum, mismatch);
    }
}
