package org.madoguchi.applications.application.port.in;

import java.util.List;
import java.util.Objects;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.BreakdownRule;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/**
 * The lines of a usage file to import (shaped like {@code fiscal_year,category,item,submissions}), read into
 * typed values.
 *
 * @param lines      the lines, in the order of the file; at least one
 * @param breakdowns how a category's total must relate to its breakdown rows
 * @param actor      who imports
 */
public record ImportUsageFiguresCommand(List<Line> lines, BreakdownRule breakdowns, Actor actor) {

    public ImportUsageFiguresCommand {
        Objects.requireNonNull(breakdowns, "breakdowns");
        Objects.requireNonNull(actor, "actor");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw InvalidInput.of("lines", "import-empty");
        }
    }

    /**
     * One line of the file: a category's total when it names no item, else a breakdown row of the category. A
     * value is {@code null} when its cell is empty or could not be read; {@code unreadable} says why for the latter.
     *
     * @param number      line number in the file (1 is the header), for the error report
     * @param fiscalYear  年度
     * @param category    集計区分
     * @param item        内訳; {@code null} on a category's own line
     * @param submissions 件数
     * @param unreadable  the cells that could not be read into their type, by field ({@code submissions})
     */
    public record Line(long number, FiscalYear fiscalYear, String category, String item, Long submissions,
            List<Violation> unreadable) {

        public Line {
            unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        }

        /** Whether the cell of this field was given but could not be read. */
        public boolean isUnreadable(String field) {
            return unreadable.stream().anyMatch(v -> v.field().equals(field));
        }
    }
}
