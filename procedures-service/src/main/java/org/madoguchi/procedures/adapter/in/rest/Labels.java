package org.madoguchi.procedures.adapter.in.rest;

import java.util.Locale;

import org.madoguchi.procedures.domain.model.FiscalYear;

/**
 * Text shown to people in both languages.
 *
 * @param ja Japanese
 * @param en English
 */
record Labels(String ja, String en) {

    String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
    }

    /**
     * A fiscal year in both its forms.
     *
     * @param year       the Gregorian year it starts in
     * @param era        e.g. 令和4年度
     * @param eraEn      e.g. Reiwa 4
     * @param gregorian  e.g. FY2022
     * @param firstDay   1 April
     * @param lastDay    31 March
     */
    record FiscalYearLabels(int year, String era, String eraEn, String gregorian, String firstDay, String lastDay) {

        static FiscalYearLabels of(FiscalYear fiscalYear) {
            return fiscalYear == null ? null : new FiscalYearLabels(fiscalYear.startYear(), fiscalYear.eraLabel(),
                    fiscalYear.eraLabelEn(), fiscalYear.gregorianLabel(), fiscalYear.firstDay().toString(),
                    fiscalYear.lastDay().toString());
        }
    }
}
