package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;

import org.madoguchi.procedures.domain.model.ProgressReport;

/**
 * A fiscal year's progress.
 *
 * @param fiscalYear the fiscal year in both forms
 * @param rows       one per department with planned procedures
 * @param totals     計
 */
public record ProgressResponse(FiscalYearResponse fiscalYear, List<ProgressRowResponse> rows,
        CountsResponse totals) {

    static ProgressResponse of(ProgressReport report) {
        return new ProgressResponse(FiscalYearResponse.of(report.fiscalYear()),
                report.rows().stream().map(ProgressRowResponse::of).toList(), CountsResponse.of(report.totals()));
    }
}
