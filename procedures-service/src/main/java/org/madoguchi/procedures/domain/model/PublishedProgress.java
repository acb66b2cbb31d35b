package org.madoguchi.procedures.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A progress report as it was printed (e.g. in a council report), kept as published so that it can be
 * checked against itself and against the procedure records.
 *
 * @param fiscalYear the plan's fiscal year
 * @param rows       the department lines as printed
 * @param totals     the printed 計 line; {@code null} when the report printed none
 */
public record PublishedProgress(FiscalYear fiscalYear, List<Row> rows, ProgressCounts totals) {

    public PublishedProgress {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        rows = List.copyOf(rows);
    }

    /**
     * One printed department line.
     *
     * @param departmentName the department as printed
     * @param department     the department it names; {@code null} when the registry does not know it
     * @param counts         the printed figures (planned, completed, revised)
     * @param contents       内容 as printed
     * @param note           the remark as printed (e.g. the reason of revisions)
     */
    public record Row(String departmentName, DepartmentCode department, ProgressCounts counts, String contents,
            String note) {

        public Row {
            Objects.requireNonNull(departmentName, "departmentName");
            Objects.requireNonNull(counts, "counts");
        }
    }
}
