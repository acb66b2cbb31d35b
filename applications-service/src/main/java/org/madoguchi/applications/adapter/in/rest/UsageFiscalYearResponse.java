package org.madoguchi.applications.adapter.in.rest;

import org.madoguchi.platform.calendar.FiscalYear;

/**
 * A fiscal year of the usage statistics in its forms.
 *
 * @param year      the Gregorian year it starts in
 * @param era       e.g. 令和4年度
 * @param eraEn     e.g. Reiwa 4
 * @param gregorian e.g. FY2022
 * @param firstDay  1 April
 * @param lastDay   31 March
 */
public record UsageFiscalYearResponse(int year, String era, String eraEn, String gregorian, String firstDay,
        String lastDay) {

    static UsageFiscalYearResponse of(FiscalYear fiscalYear) {
        return new UsageFiscalYearResponse(fiscalYear.startYear(), fiscalYear.eraLabel(), fiscalYear.eraLabelEn(),
                fiscalYear.gregorianLabel(), fiscalYear.firstDay().toString(), fiscalYear.lastDay().toString());
    }
}
