package org.madoguchi.procedures.adapter.in.rest;

import java.time.LocalDate;

import org.madoguchi.procedures.domain.model.FiscalYear;

/**
 * The number of online procedures at the end of a day.
 *
 * @param on         the day
 * @param fiscalYear the fiscal year it falls in
 * @param count      how many were available online
 */
public record OnlineCountResponse(LocalDate on, FiscalYearResponse fiscalYear, long count) {

    static OnlineCountResponse of(LocalDate day, long count) {
        return new OnlineCountResponse(day, FiscalYearResponse.of(FiscalYear.containing(day)), count);
    }
}
