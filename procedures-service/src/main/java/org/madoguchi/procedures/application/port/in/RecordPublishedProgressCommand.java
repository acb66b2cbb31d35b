package org.madoguchi.procedures.application.port.in;

import java.util.List;
import java.util.Objects;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.FiscalYear;

/**
 * A progress table as the city printed it.
 *
 * @param fiscalYear the fiscal year it reports
 * @param rows       its department lines, in the printed order; each names a department and no negative count
 * @param totals     its printed 計 line; {@code null} when none was printed
 * @param actor      who records it
 */
public record RecordPublishedProgressCommand(FiscalYear fiscalYear, List<PrintedRow> rows, PrintedRow totals,
        Actor actor) {

    public RecordPublishedProgressCommand {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(actor, "actor");
        rows = List.copyOf(rows);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (int i = 0; i < rows.size(); i++) {
            PrintedRow row = rows.get(i);
            if (row.department() == null || row.department().isBlank()) {
                errors.add("rows[" + i + "].department", "not-blank");
            } else if (row.hasNegativeCount()) {
                errors.add("rows[" + i + "]", "negative-count");
            }
        }
        if (totals != null && totals.hasNegativeCount()) {
            errors.add("totals", "negative-count");
        }
        errors.throwIfAny();
    }

    /**
     * One printed line.
     *
     * @param department department name as printed ({@code 計} for the totals)
     * @param planned    計画数
     * @param completed  完了
     * @param revised    対応見直し
     * @param contents   内容
     * @param note       remark
     */
    public record PrintedRow(String department, int planned, int completed, int revised, String contents,
            String note) {

        boolean hasNegativeCount() {
            return planned < 0 || completed < 0 || revised < 0;
        }
    }
}
