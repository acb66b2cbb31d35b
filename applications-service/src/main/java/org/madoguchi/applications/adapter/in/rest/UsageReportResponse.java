package org.madoguchi.applications.adapter.in.rest;

import java.util.ArrayList;
import java.util.List;

import org.madoguchi.applications.domain.model.UsageReport;

/**
 * 利用実績 of a fiscal year: its categories most used first.
 *
 * @param fiscalYear the year
 * @param total      every submission of the year, imported and live
 * @param summary    the year in one sentence
 * @param categories its categories, most used first
 */
public record UsageReportResponse(UsageFiscalYearResponse fiscalYear, long total, BilingualName summary,
        List<UsageCategoryLineResponse> categories) {

    static UsageReportResponse of(UsageReport report) {
        BilingualName unitemised = StatisticsWording.unitemised();
        List<UsageCategoryLineResponse> categories = new ArrayList<>();
        for (int i = 0; i < report.categories().size(); i++) {
            categories.add(UsageCategoryLineResponse.of(i + 1, report.categories().get(i), unitemised));
        }
        return new UsageReportResponse(UsageFiscalYearResponse.of(report.fiscalYear()), report.total(),
                StatisticsWording.summary(report), categories);
    }
}
