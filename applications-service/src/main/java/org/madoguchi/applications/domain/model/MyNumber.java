package org.madoguchi.applications.domain.model;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 個人番号 (My Number): the twelve-digit individual number, whose last digit is a check digit over the
 * other eleven. Cities may collect it only where a form declares a field for it; this class recognises it
 * so that it is not collected by accident in any other field.
 */
public final class MyNumber {

    /** Twelve digits, together or grouped 4-4-4 by a space or hyphen, not part of a longer run of digits. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])([0-9]{4})[ \\-]?([0-9]{4})[ \\-]?([0-9]{4})(?![0-9])");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("^[0-9]{12}$");

    private MyNumber() {
    }

    /**
     * Whether twelve digits form a valid individual number: the check digit is
     * {@code 11 - (Σ Pn × Qn mod 11)} (0 when the remainder is 0 or 1), where Pn is the n-th digit counted
     * from the right of the first eleven and Qn is {@code n + 1} for n ≤ 6 and {@code n - 5} for n ≥ 7.
     */
    public static boolean isValid(String digits) {
        if (digits == null || !TWELVE_DIGITS.matcher(digits).matches()) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = digits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return check == digits.charAt(11) - '0';
    }

    /** Whether a text contains a valid individual number (full-width digits too). */
    public static boolean appearsIn(String text) {
        Matcher candidates = CANDIDATE.matcher(normalize(text));
        while (candidates.find()) {
            if (isValid(candidates.group(1) + candidates.group(2) + candidates.group(3))) {
                return true;
            }
        }
        return false;
    }

    /** The text with full-width digits and separators as ASCII (NFKC). */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('‐', '-').replace('−', '-').replace('ー', '-');
    }
}
