package org.madoguchi.applications.domain.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * 利用実績 from before the system: the figures of one fiscal year as the city counted them, imported from a
 * spreadsheet (e.g. 令和4年度: 保健所業務（コロナ） 29,419, of which コンタクトセンターへの登録 24,226 …). They stand
 * beside the live counts of the same year and add to them.
 *
 * @param fiscalYear the year they count
 * @param categories its categories in the order they were imported, each once
 */
public record HistoricalUsage(FiscalYear fiscalYear, List<Category> categories) {

    public HistoricalUsage {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        categories = List.copyOf(categories);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            if (!keys.add(categories.get(i).category().key())) {
                errors.add("categories[" + i + "]", "duplicate-category", categories.get(i).category().name());
            }
        }
        errors.throwIfAny();
    }

    /** Every submission the year's figures count. */
    public long total() {
        return categories.stream().mapToLong(Category::total).sum();
    }

    /**
     * One category's figures: its total and its breakdown rows. The total is never below the sum of the rows;
     * the difference is what was not itemised.
     *
     * @param category the category
     * @param total    its total
     * @param items    its breakdown rows, each name once; none when it was counted as a whole
     */
    public record Category(UsageCategory category, long total, List<Item> items) {

        public Category {
            Objects.requireNonNull(category, "category");
            items = List.copyOf(items);
            InvalidInput.Collector errors = new InvalidInput.Collector();
            if (total < 0) {
                errors.add("total", "negative-count");
            }
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if (!keys.add(UsageText.key(items.get(i).name()))) {
                    errors.add("items[" + i + "]", "duplicate-item", items.get(i).name());
                }
            }
            long itemised = items.stream().mapToLong(Item::submissions).sum();
            if (total >= 0 && total < itemised) {
                errors.add("total", "breakdown-exceeds-total", total, itemised, itemised - total);
            }
            errors.throwIfAny();
        }

        /** A category whose total is the sum of its rows. */
        public static Category itemised(UsageCategory category, List<Item> items) {
            return new Category(category, items.stream().mapToLong(Item::submissions).sum(), items);
        }

        /** The sum of its breakdown rows. */
        public long itemised() {
            return items.stream().mapToLong(Item::submissions).sum();
        }

        /** What the total counts beyond its breakdown rows; 0 when it has none. */
        public long unitemised() {
            return items.isEmpty() ? 0 : total - itemised();
        }
    }

    /**
     * A breakdown row (内訳) of a category: typically one form, named as the city named it.
     *
     * @param name        its name, one line
     * @param submissions how many
     */
    public record Item(String name, long submissions) {

        public Item {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            name = UsageText.name(errors, "name", name, true);
            if (submissions < 0) {
                errors.add("submissions", "negative-count");
            }
            errors.throwIfAny();
        }

        /**
         * A breakdown row's name as it is stored.
         *
         * @throws InvalidInput naming the rule it breaks (blank, too long, more than one line, a control character)
         */
        public static String validName(String name) {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            String valid = UsageText.name(errors, "", name, true);
            errors.throwIfAny();
            return valid;
        }

        /** The key two row names are compared by, as category names are ({@link UsageCategory#keyOf}). */
        public static String keyOf(String name) {
            return UsageText.key(name);
        }
    }
}
