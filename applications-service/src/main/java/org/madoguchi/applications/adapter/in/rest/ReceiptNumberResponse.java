package org.madoguchi.applications.adapter.in.rest;

import org.madoguchi.applications.domain.model.ReceiptNumber;

/**
 * 受付番号 as printed ({@code R4-000123}) with the fiscal year it belongs to, in the era and in the Gregorian calendar.
 */
public record ReceiptNumberResponse(String number, int fiscalYear, String fiscalYearJa, String fiscalYearEn) {

    static ReceiptNumberResponse of(ReceiptNumber number) {
        return new ReceiptNumberResponse(number.toString(), number.fiscalYear().startYear(),
                number.fiscalYearLabel(false), number.fiscalYearLabel(true));
    }
}
