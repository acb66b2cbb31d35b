package org.madoguchi.procedures.domain.model;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * 標準処理期間: the standard processing period the department sets for deciding an application, in
 * business days (行政手続法 第6条), which it tells applicants.
 *
 * @param businessDays from 1 to {@link #MAX_BUSINESS_DAYS}
 */
public record StandardProcessingPeriod(int businessDays) {

    /** The longest period a form may declare. */
    public static final int MAX_BUSINESS_DAYS = 365;

    public StandardProcessingPeriod {
        if (businessDays < 1 || businessDays > MAX_BUSINESS_DAYS) {
            throw InvalidInput.of("", "out-of-range", 1, MAX_BUSINESS_DAYS);
        }
    }
}
