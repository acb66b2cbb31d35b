package org.madoguchi.applications.application.port.in;

import java.util.List;

import org.madoguchi.platform.calendar.FiscalYear;

/**
 * 情報政策課 imports the usage figures from before the system (e.g. the 令和4年度 table). Each fiscal year in the
 * file replaces what was imported for that year before, all in one transaction: a file with one bad line changes
 * nothing. Categories it names that do not exist yet are created.
 */
public interface ImportUsageFiguresUseCase {

    ImportReport importFigures(ImportUsageFiguresCommand command);

    /**
     * What an import stored.
     *
     * @param lines how many lines it read
     * @param years each fiscal year it replaced, in the order of the file
     */
    record ImportReport(int lines, List<ImportedYear> years) {

        public ImportReport {
            years = List.copyOf(years);
        }
    }

    /**
     * The figures a fiscal year has now.
     *
     * @param fiscalYear  the year
     * @param categories  how many categories
     * @param items       how many breakdown rows
     * @param submissions the sum of the categories' totals
     */
    record ImportedYear(FiscalYear fiscalYear, int categories, int items, long submissions) {
    }
}
