package org.madoguchi.applications.domain.model;

import java.util.Optional;

import org.madoguchi.platform.failure.Violation;

/**
 * How the total of an imported category must relate to its breakdown rows (内訳). 情報政策課 chooses it per
 * import: a table typed from the city's records adds up, while a printed summary may list only the largest
 * parts of a total (うち…).
 */
public enum BreakdownRule {

    /** The total is the sum of its breakdown rows; a difference is a typing error to correct. The default. */
    EXACT,

    /**
     * The breakdown rows may name only part of the total; the rest is shown as not itemised (内訳なし). A total
     * below the sum of its rows is refused all the same.
     */
    PARTIAL;

    /**
     * What is wrong with a category's total for the sum of its breakdown rows, if anything; a category without
     * breakdown rows keeps every rule.
     *
     * @param total    the category's own row
     * @param itemised the sum of its breakdown rows
     * @param items    how many breakdown rows it has
     */
    public Optional<Violation> check(long total, long itemised, int items) {
        if (items == 0 || total == itemised) {
            return Optional.empty();
        }
        if (total < itemised) {
            return Optional.of(Violation.of("", "breakdown-exceeds-total", total, itemised, itemised - total));
        }
        return this == EXACT ? Optional.of(Violation.of("", "breakdown-sum-differs", total, itemised, total - itemised))
                : Optional.empty();
    }
}
