package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.domain.model.FiscalYear;

/**
 * A fiscal year in both its forms.
 *
 * @param year      the Gregorian year it starts in
 * @param era       e.g. 令和4年度
 * @param eraEn     e.g. Reiwa 4
 * @param gregorian e.g. FY2022
 * @param firstDay  1 April
 * @param lastDay   31 March
 */
public record FiscalYearResponse(int year, String era, String eraEn, String gregorian, String firstDay,
        String lastDay) {

    static FiscalYearResponse of(FiscalYear fiscalYear) {
        return fiscalYear == null ? null : new FiscalYearResponse(fiscalYear.startYear(), fiscalYear.eraLabel(),
                fiscalYear.eraLabelEn(), fiscalYear.gregorianLabel(), fiscalYear.firstDay().toString(),
                fiscalYear.lastDay().toString());
    }
}
