package org.madoguchi.applications.adapter.in.rest;

import org.madoguchi.applications.application.port.in.ImportUsageFiguresUseCase.ImportedYear;

/**
 * The imported figures a fiscal year has now.
 *
 * @param fiscalYear  the year
 * @param categories  how many categories
 * @param items       how many breakdown rows
 * @param submissions the sum of its categories' totals
 */
public record UsageImportedYearResponse(UsageFiscalYearResponse fiscalYear, int categories, int items,
        long submissions) {

    static UsageImportedYearResponse of(ImportedYear year) {
        return new UsageImportedYearResponse(UsageFiscalYearResponse.of(year.fiscalYear()), year.categories(),
                year.items(), year.submissions());
    }
}
