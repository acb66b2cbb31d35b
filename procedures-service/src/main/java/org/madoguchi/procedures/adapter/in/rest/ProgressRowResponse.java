package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.domain.model.ProgressReport;

/**
 * One department's line of a progress report.
 *
 * @param department the department
 * @param counts     its figures
 * @param contents   内容: the first procedures of its plan
 * @param note       備考: why plans were revised
 */
public record ProgressRowResponse(DepartmentSummaryResponse department, CountsResponse counts,
        BilingualText contents, BilingualText note) {

    static ProgressRowResponse of(ProgressReport.Row row) {
        return new ProgressRowResponse(DepartmentSummaryResponse.of(row.department()), CountsResponse.of(row.counts()),
                ReportWording.contents(row), ReportWording.note(row));
    }
}
