package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;
import java.util.Set;

import org.madoguchi.procedures.domain.model.Reconciliation;

/**
 * A printed progress table checked.
 *
 * @param fiscalYear     the fiscal year in both forms
 * @param consistent     whether it holds together and agrees with the records
 * @param rows           one check per printed line
 * @param printedTotals  the printed 計
 * @param sumOfRows      the sum of the printed lines
 * @param totalsMismatch columns whose printed total differs from the sum of the lines
 */
public record ReconciliationResponse(FiscalYearResponse fiscalYear, boolean consistent, List<RowCheckResponse> rows,
        CountsResponse printedTotals, CountsResponse sumOfRows, Set<Reconciliation.Column> totalsMismatch) {

    static ReconciliationResponse of(Reconciliation check) {
        return new ReconciliationResponse(FiscalYearResponse.of(check.fiscalYear()), check.consistent(),
                check.rows().stream().map(RowCheckResponse::of).toList(), CountsResponse.of(check.printedTotals()),
                CountsResponse.of(check.sumOfRows()), check.totalsMismatch());
    }
}
