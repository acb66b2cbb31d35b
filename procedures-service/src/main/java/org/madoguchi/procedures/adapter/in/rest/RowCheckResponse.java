package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;
import java.util.Set;

import org.madoguchi.procedures.domain.model.Reconciliation;

/**
 * The check of one printed line of a progress report.
 *
 * @param department     the department as printed
 * @param departmentCode the department it names, if known
 * @param printed        the printed figures
 * @param derived        the figures the records give
 * @param unaccounted    planned procedures neither completed nor revised
 * @param findings       what is wrong with it
 * @param explanations   the findings in words
 */
public record RowCheckResponse(String department, String departmentCode, CountsResponse printed,
        CountsResponse derived, int unaccounted, Set<Reconciliation.Finding> findings,
        List<BilingualText> explanations) {

    static RowCheckResponse of(Reconciliation.RowCheck row) {
        return new RowCheckResponse(row.printed().departmentName(),
                row.printed().department() == null ? null : row.printed().department().value(),
                CountsResponse.of(row.printed().counts()), CountsResponse.of(row.derived()), row.unaccounted(),
                row.findings(), ReportWording.explanations(row));
    }
}
