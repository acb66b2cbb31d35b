package org.madoguchi.applications.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * 受付番号: the number an applicant quotes, increasing within the fiscal year it was given in and never
 * reused, printed with the era year of that fiscal year: {@code R4-000123} (令和4年度 No. 123).
 *
 * @param fiscalYear the fiscal year (Asia/Tokyo) of the submission
 * @param sequence   the number within the year, from 1
 */
public record ReceiptNumber(FiscalYear fiscalYear, long sequence) implements Comparable<ReceiptNumber> {

    private static final Pattern PRINTED = Pattern.compile("^([RHS])([0-9]{1,3})-([0-9]{6,12})$");

    public ReceiptNumber {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        if (sequence < 1) {
            throw new IllegalArgumentException("a receipt number starts at 1");
        }
    }

    /** Reads a receipt number as printed, e.g. {@code R4-000123} (full-width and lower case too). */
    public static ReceiptNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("", "not-blank");
        }
        Matcher printed = PRINTED.matcher(MyNumber.normalize(text).strip().toUpperCase(Locale.ROOT));
        if (!printed.matches()) {
            throw InvalidInput.of("", "receipt-number-format");
        }
        long sequence = Long.parseLong(printed.group(3));
        if (sequence == 0) {
            throw InvalidInput.of("", "receipt-number-format");
        }
        return new ReceiptNumber(FiscalYear.parse(printed.group(1) + printed.group(2)), sequence);
    }

    /** As printed: era letter and year, a hyphen, the number with at least six digits. */
    @Override
    public String toString() {
        return fiscalYear.eraCode() + "-" + String.format("%06d", sequence);
    }

    /** The fiscal year in words: {@code 令和4年度}, or {@code Reiwa 4 (FY2022)} in English. */
    public String fiscalYearLabel(boolean english) {
        return english ? fiscalYear.eraLabelEn() + " (" + fiscalYear.gregorianLabel() + ")" : fiscalYear.eraLabel();
    }

    @Override
    public int compareTo(ReceiptNumber other) {
        int byYear = fiscalYear.compareTo(other.fiscalYear);
        return byYear != 0 ? byYear : Long.compare(sequence, other.sequence);
    }
}
